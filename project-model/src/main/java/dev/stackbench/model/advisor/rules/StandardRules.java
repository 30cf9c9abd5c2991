package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.Rule;

import java.util.List;

/** The one list that names every rule of the catalogue (ADVISOR.md) plus the additions. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new FeatureWithoutCriteria(),
                new FeatureNotServed(),
                new UnneededEntity(),
                new ChoiceWithoutDecision(),
                new DuplicateEntityName(),
                new MissingRelationshipTarget(),
                new ReservedWordName(),
                new ForeignKeyIndexOff(),
                new QueriedFieldIndexOff(),
                new TimestampsOff(),
                new JoinTableName(),
                new OnDeleteUnset(),
                new SecretNotSensitive(),
                new SensitiveFieldQueried(),
                new SequentialIdsOnOwnedRows(),
                new UnboundedString(),
                new ImpossibleConstraint(),
                new BacktrackingPattern(),
                new MoneyWithoutScale(),
                new JoinEntityWithoutUniquePair(),
                new InvalidPattern(),
                new SingularResource(),
                new VerbOrCaseInPath(),
                new DuplicateRoute(),
                new UnboundedPages(),
                new UnknownQueryField(),
                new StateChangeOnGet(),
                new UnconventionalMethod(),
                new ServerControlledField(),
                new DeepNesting(),
                new ExampleAlreadyEnveloped(),
                new UnknownRateLimitClass(),
                new InvalidExampleResponse(),
                new EndpointWithoutEntity(),
                new AuthWithoutStrategy(),
                new IncompleteUserSetup(),
                new UndefinedRole(),
                new LongLivedAccessToken(),
                new RefreshWithoutRotation(),
                new SessionAcrossSites(),
                new JwtForSameSiteApp(),
                new OAuthRedirects(),
                new AuthRoutesNotLimited(),
                new MissingOwnershipRule(),
                new EverythingPublic(),
                new UnusedRole(),
                new OwnerNotUser(),
                new SseForTwoWay(),
                new WebSocketForFeed(),
                new OpenChannelWithUserData(),
                new EmptyChannel(),
                new SseNotResumable(),
                new ChannelOfMissingEntity(),
                new CorsTooOpen(),
                new HttpsNotRequired(),
                new NoHealthChecks(),
                new NoMetrics(),
                new NoAlertRules(),
                new NoLogAggregation(),
                new NoGlobalRateLimit(),
                new NoGracefulShutdown());
    }
}
