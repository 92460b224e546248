# IDDS Decision Support: container image (JVM mode, Quarkus fast-jar).
#
# NOTE: no Docker engine exists on the build machine, so this file is not built or tested in CI.
#
#   docker build -t idds-cds .
#   docker run --rm -e QUARKUS_INIT_AND_EXIT=true -e QUARKUS_FLYWAY_MIGRATE_AT_START=true \
#       -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db.example:5432/idds -e QUARKUS_DATASOURCE_USERNAME=idds_app \
#       -e QUARKUS_FLYWAY_USERNAME=idds_owner -e QUARKUS_FLYWAY_PASSWORD=... \
#       idds-cds                                                         # the migration run: migrates, exits 0
#   docker run -p 8080:8080 \
#       -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db.example:5432/idds \
#       -e QUARKUS_DATASOURCE_USERNAME=idds_app \
#       -e QUARKUS_DATASOURCE_PASSWORD=... \
#       idds-cds
#
# Database: in a container the PostgreSQL database is external. Set QUARKUS_DATASOURCE_JDBC_URL,
# QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD (the application role). The service never migrates:
# each release is migrated first by a run of the same image as the owner role (above; docs/operations.md, "An external PostgreSQL"), and the
# service refuses to start on a database behind it.
# Without the URL the entry point (org.idds.cds.Main) starts an embedded PostgreSQL instead. That needs a
# writable data directory (IDDS_EMBEDDED_DATA_DIR), so a default under /tmp is set below for the non-root user.
# Its data disappear with the container: use it only to try the image out, never for a real audit trail.

# ---- Stage 1: build with the Maven wrapper -----------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Wrapper and pom first, so the dependency layer is reused while only the sources change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src/ src/
# Device models and trial protocols are ruleset content: the build packages them into the application jar under
# rules/ (see the pom's <resources>), where the manifest lists them and the content hash covers them.
COPY device-model/ device-model/
COPY trial-protocols/ trial-protocols/
# Tests need a PostgreSQL and run in CI, not here.
RUN ./mvnw -B package -DskipTests

# ---- Stage 2: run on a JRE as a non-root user --------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 idds \
    && useradd --system --uid 10001 --gid 10001 --home-dir /opt/idds --no-create-home \
       --shell /usr/sbin/nologin idds

WORKDIR /opt/idds

# Quarkus fast-jar layout, least to most often changed. Files stay owned by root: the app only reads them.
COPY --from=build /build/target/quarkus-app/lib/ /opt/idds/lib/
COPY --from=build /build/target/quarkus-app/app/ /opt/idds/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /opt/idds/quarkus/
COPY --from=build /build/target/quarkus-app/quarkus-run.jar /opt/idds/quarkus-run.jar

# No separate copy of device-model/ or trial-protocols/: the service reads them from the jar above (app/), as part
# of the ruleset, so the image cannot hold other device or trial facts than the ruleset version it reports.

# Fallback embedded PostgreSQL only (see the top of this file); ignored when QUARKUS_DATASOURCE_JDBC_URL is set.
ENV IDDS_EMBEDDED_DATA_DIR=/tmp/idds-pg
# Authentication: in a container set IDDS_OIDC_JWKS_URL and IDDS_OIDC_ISSUER (and IDDS_OIDC_GROUPS_CLAIM,
# IDDS_OIDC_AUDIENCE) for the identity provider. Without them the service makes its own signing key pair here,
# which disappears with the container (every token becomes invalid): use it only to try the image out.
ENV IDDS_KEY_DIR=/tmp/idds-keys
ENV JAVA_OPTS="-Xmx512m -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# 8080: the API (at most 256 connections), OpenAPI and Swagger UI. 9000: the management interface, health only
# (/q/health/live, /q/health/ready: readiness includes the datasource), so a full API connection cap cannot fail
# liveness. Both bind 0.0.0.0 here (the management host follows quarkus.http.host); publish 9000 only to the
# orchestrator's probes.
EXPOSE 8080 9000
USER 10001

# Liveness with no extra tool in the image (bash's /dev/tcp); an orchestrator uses its own probes on port 9000.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9000 && printf 'GET /q/health/live HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# API: /api/v1, docs: /q/swagger-ui.
# A shell expands JAVA_OPTS; exec makes java PID 1 so it receives SIGTERM; arguments to `docker run` pass through.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/idds/quarkus-run.jar \"$@\"", "--"]
