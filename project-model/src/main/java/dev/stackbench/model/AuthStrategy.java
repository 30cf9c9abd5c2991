package dev.stackbench.model;

public enum AuthStrategy { NONE, JWT, SESSION, OAUTH }
