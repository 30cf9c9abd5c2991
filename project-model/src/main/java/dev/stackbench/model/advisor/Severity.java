package dev.stackbench.model.advisor;

/** ERROR: the model cannot run or export correctly; WARNING: production would be hurt; ADVICE: a better practice. */
public enum Severity { ERROR, WARNING, ADVICE }
