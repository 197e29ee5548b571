package com.alumia.admin.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration that the query-side slice tests start from: the read-model entities and repositories only.
 */
@SpringBootApplication
public class QueryTestApplication {
}
