package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The embedded database starts before Quarkus binds its HTTP port, so it must never take that port (a packaged
 * service restarted after kill -9 once failed with "port in use" because its database had taken its HTTP port).
 */
class EmbeddedDatabasePortTest {

    @Test
    void theDatabasePortIsNeverTheReservedHttpPort() throws IOException {
        int reserved;
        try (ServerSocket socket = new ServerSocket(0)) {
            reserved = socket.getLocalPort();
        }
        for (int i = 0; i < 200; i++) {
            int port = EmbeddedDatabase.freePortOtherThan(reserved);
            assertTrue(port > 0);
            assertNotEquals(reserved, port);
        }
    }
}
