package dev.stackbench.model;

import java.util.List;

/**
 * The OAuth provider the exported app logs in with (authorization code + PKCE). The live server replaces the
 * provider by its built-in local authorization server. {@code issueAs} says whether a completed login opens a
 * session or issues JWTs.
 */
public record OAuthSettings(
        String providerName,
        String authorizeUrl,
        String tokenUrl,
        String userInfoUrl,
        String clientId,
        List<String> scopes,
        List<String> redirectUris,
        AuthStrategy issueAs) {

    public OAuthSettings {
        providerName = providerName == null || providerName.isBlank() ? "local" : providerName;
        scopes = Lists.copy(scopes);
        redirectUris = Lists.copy(redirectUris);
        issueAs = issueAs == null || issueAs == AuthStrategy.OAUTH || issueAs == AuthStrategy.NONE
                ? AuthStrategy.SESSION : issueAs;
    }

    public static OAuthSettings defaults() {
        return new OAuthSettings("local", "", "", "", "stackbench-app", List.of("openid", "profile", "email"),
                List.of(), AuthStrategy.SESSION);
    }

    public OAuthSettings withProviderName(String v) { return new OAuthSettings(v, authorizeUrl, tokenUrl, userInfoUrl, clientId, scopes, redirectUris, issueAs); }
    public OAuthSettings withAuthorizeUrl(String v) { return new OAuthSettings(providerName, v, tokenUrl, userInfoUrl, clientId, scopes, redirectUris, issueAs); }
    public OAuthSettings withTokenUrl(String v) { return new OAuthSettings(providerName, authorizeUrl, v, userInfoUrl, clientId, scopes, redirectUris, issueAs); }
    public OAuthSettings withUserInfoUrl(String v) { return new OAuthSettings(providerName, authorizeUrl, tokenUrl, v, clientId, scopes, redirectUris, issueAs); }
    public OAuthSettings withClientId(String v) { return new OAuthSettings(providerName, authorizeUrl, tokenUrl, userInfoUrl, v, scopes, redirectUris, issueAs); }
    public OAuthSettings withScopes(List<String> v) { return new OAuthSettings(providerName, authorizeUrl, tokenUrl, userInfoUrl, clientId, v, redirectUris, issueAs); }
    public OAuthSettings withRedirectUris(List<String> v) { return new OAuthSettings(providerName, authorizeUrl, tokenUrl, userInfoUrl, clientId, scopes, v, issueAs); }
    public OAuthSettings withIssueAs(AuthStrategy v) { return new OAuthSettings(providerName, authorizeUrl, tokenUrl, userInfoUrl, clientId, scopes, redirectUris, v); }
}
