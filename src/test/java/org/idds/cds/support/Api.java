package org.idds.cds.support;

/**
 * The one starting point for every REST request in the tests, so that request-wide concerns (such as an
 * authentication header) are added in one place.
 */
public final class Api {

    private Api() {}

    public static io.restassured.specification.RequestSpecification request() {
        return io.restassured.RestAssured.given();
    }
}
