package dev.stackbench.model;

public enum HttpMethod { GET, POST, PUT, PATCH, DELETE }
