package dev.stackbench.model;

/** What happens to referencing rows when the referenced row is deleted; {@code UNSET} is an advisor finding. */
public enum OnDelete { UNSET, CASCADE, SET_NULL, RESTRICT }
