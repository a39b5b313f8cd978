# The downtime service as a container image (Docker or Podman).
#
# Build the jar first, then the image, from the repository's top folder:
#   ./mvnw -q -DskipTests package
#   docker build -t downtime .          # or: podman build --format docker -t downtime .
#
# BASE_IMAGE is any image with a Java 17+ runtime on the PATH, bash and /bin/sh: eclipse-temurin:17-jre for real
# deployments; deploy/test-image builds a Debian base with openjdk-17-jre-headless from Debian packages instead.
# Nothing secret is in the image: every setting comes from the environment at run time (README, Configuration).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# A fixed, non-root account (10001) that owns only /data. Written into /etc/passwd and /etc/group directly
# because minimal bases have no useradd.
RUN set -eu; \
    grep -q '^downtime:' /etc/group || echo 'downtime:x:10001:' >> /etc/group; \
    grep -q '^downtime:' /etc/passwd \
      || echo 'downtime:x:10001:10001:downtime service:/data:/usr/sbin/nologin' >> /etc/passwd; \
    mkdir -p /app /data; \
    chown 10001:10001 /data; \
    chmod 0750 /data

COPY downtime-app/target/downtime.jar /app/downtime.jar

# HOST: listen on every interface of the container. DB_NAME: the default SQLite database lives on the /data volume
# (PostgreSQL deployments set DB_ENGINE and DB_NAME to the database's name instead). LANG: Java 17 takes its default
# charset from the locale, which is ASCII in a bare Debian base; C.UTF-8 needs no locale package.
ENV HOST=0.0.0.0 \
    DB_NAME=/data/db.sqlite3 \
    LANG=C.UTF-8
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001
EXPOSE 8000

# Ready when /readyz answers 200 (database and catalogue answer). The Debian base has no curl or wget, both bases
# have bash, so the request goes through bash's /dev/tcp. HOST 0.0.0.0 or :: (the default) is reached on 127.0.0.1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "h=\"${HOST:-127.0.0.1}\"; case \"$h\" in 0.0.0.0|::|'[::]') h=127.0.0.1;; esac; exec 3<>\"/dev/tcp/$h/${PORT:-8000}\" && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && IFS=' ' read -r -t 4 _ status _ <&3 && [ \"$status\" = 200 ]"]

# java is PID 1 (exec form, no shell in between), so SIGTERM from `docker stop` reaches the JVM: requests in
# flight finish, the database pool closes, and the JVM exits with 143 (128 + SIGTERM). This replaces
# eclipse-temurin's entrypoint script (and with it its USE_SYSTEM_CA_CERTS option): the JVM's own CA certificates apply.
# The heap is sized from the container's memory limit; JAVA_TOOL_OPTIONS adds or overrides JVM options.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/downtime.jar"]
CMD ["serve"]
