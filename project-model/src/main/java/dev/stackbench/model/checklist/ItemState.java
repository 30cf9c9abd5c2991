package dev.stackbench.model.checklist;

/** SATISFIED: derived from the model (and, once exported, found in the code); MANUAL_CONFIRMED: a person said so. */
public enum ItemState { SATISFIED, OPEN, MANUAL_CONFIRMED }
