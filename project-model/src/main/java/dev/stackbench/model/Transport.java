package dev.stackbench.model;

public enum Transport { SSE, WEBSOCKET }
