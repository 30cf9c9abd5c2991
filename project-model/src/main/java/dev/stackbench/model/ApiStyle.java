package dev.stackbench.model;

/**
 * Project-wide API conventions. The envelope with offset pagination is the style built first; problem details
 * and cursor pagination are later options, so every place that renders errors or pages switches on this record.
 */
public record ApiStyle(IdStyle ids, ErrorStyle errors, PaginationStyle pagination, int defaultPageSize,
                       int maxPageSize) {
    public ApiStyle {
        ids = ids == null ? IdStyle.NUMERIC : ids;
        errors = errors == null ? ErrorStyle.ENVELOPE : errors;
        pagination = pagination == null ? PaginationStyle.OFFSET : pagination;
        defaultPageSize = defaultPageSize <= 0 ? 20 : defaultPageSize;
        maxPageSize = maxPageSize <= 0 ? 100 : maxPageSize;
    }

    public static ApiStyle defaults() {
        return new ApiStyle(IdStyle.NUMERIC, ErrorStyle.ENVELOPE, PaginationStyle.OFFSET, 20, 100);
    }

    public ApiStyle withIds(IdStyle v) {
        return new ApiStyle(v, errors, pagination, defaultPageSize, maxPageSize);
    }

    public ApiStyle withPageSizes(int defaultSize, int maxSize) {
        return new ApiStyle(ids, errors, pagination, defaultSize, maxSize);
    }

    public enum IdStyle { NUMERIC, UUID }

    public enum ErrorStyle { ENVELOPE, PROBLEM_DETAILS }

    public enum PaginationStyle { OFFSET, CURSOR }
}
