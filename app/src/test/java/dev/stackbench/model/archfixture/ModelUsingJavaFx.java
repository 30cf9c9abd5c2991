package dev.stackbench.model.archfixture;

/** Breaks "libraries do not use JavaFX": a model class holding a JavaFX property. */
public final class ModelUsingJavaFx {
    final javafx.beans.property.SimpleStringProperty name = new javafx.beans.property.SimpleStringProperty();
}
