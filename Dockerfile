# A small image with the clawlint CLI, made from the distribution the build produces:
#   ./mvnw -B -q package -DskipTests && docker build -t clawlint .
#   docker run --rm -v "$PWD:/work" clawlint check openclaw.json
# The launcher needs bash, so the base is Temurin's JRE on Ubuntu rather than Alpine; the class-data archive
# that speeds up start is made once here, at build time, instead of on every container's first run.
FROM eclipse-temurin:17-jre
COPY cli/target/clawlint-*.tar.gz /tmp/
RUN tar -xzf /tmp/clawlint-*.tar.gz -C /opt \
 && mv /opt/clawlint-* /opt/clawlint \
 && rm /tmp/clawlint-*.tar.gz \
 && ln -s /opt/clawlint/bin/clawlint /usr/local/bin/clawlint \
 && XDG_CACHE_HOME=/opt/clawlint/cache clawlint --version \
 && chmod -R a+rX /opt/clawlint/cache
ENV XDG_CACHE_HOME=/opt/clawlint/cache
WORKDIR /work
ENTRYPOINT ["clawlint"]
CMD ["check"]
