package org.safeguarding.tracker.api.config;

import java.sql.SQLException;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.safeguarding.tracker.api.audit.ChainedAppend;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.safeguarding.tracker.api.deadletter.DeadLetterPolicy;
import org.safeguarding.tracker.api.eventstore.RecommendationRaisedUpcaster;
import org.safeguarding.tracker.api.eventstore.ReviewRegistrations;
import org.safeguarding.tracker.domain.agency.Agency;
import org.safeguarding.tracker.domain.recommendation.Recommendation;
import org.safeguarding.tracker.domain.review.Review;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon without Axon Server: events and tokens in PostgreSQL through the JDBC engine, in the snake_case
 * tables Flyway creates; Jackson for every message; aggregates registered here so the domain stays free
 * of Spring.
 */
@Configuration
public class AxonConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(1);

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Axon's dead-letter queue in the snake_case table of migration V12. */
    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // an older payload read by newer code: extra fields are upcasters' business, not a failure
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** Picked up by Axon's auto-configuration into the upcaster chain the storage engine reads through. */
    @Bean
    public EventUpcaster recommendationRaisedUpcaster(JdbcTemplate jdbc) {
        return new RecommendationRaisedUpcaster(new ReviewRegistrations(jdbc));
    }

    /**
     * Tells Axon that appending an event failed on the unique (aggregate, sequence) key, i.e. another command
     * changed the aggregate concurrently, so it answers with a ConcurrencyException (409), not a failure.
     */
    @Bean
    public PersistenceExceptionResolver uniqueViolationResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema,
                                                 @Value("${tracker.events.gap-timeout}") Duration gapTimeout) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .gapTimeout((int) gapTimeout.toMillis())
                .appendEvents(new ChainedAppend())
                .build();
    }

    @Bean
    public ConfigurerModule trackerAggregatesAndProcessing(
            @Value("${tracker.projections.claim-extension:500ms}") Duration claimExtension,
            DeadLetterSchema deadLetterSchema, @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer serializer, ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        return configurer -> {
            configurer.configureAggregate(Agency.class)
                    .configureAggregate(Review.class)
                    .configureAggregate(Recommendation.class);
            // a projection failure must stop and retry its segment, never be logged and skipped
            configurer.eventProcessing()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance())
                    // a segment that handled none of the latest events stores its token only when it extends its
                    // claim: extend often, so ?minPosition sees every segment caught up within this delay
                    .registerPooledStreamingEventProcessorConfiguration(
                            (c, builder) -> builder.claimExtensionThreshold(claimExtension.toMillis())
                                    // a segment released after a failed batch, or by a stopped instance, is
                                    // claimed again within a second rather than Axon's default five
                                    .tokenClaimInterval(TOKEN_CLAIM_INTERVAL.toMillis()));
            // an event a handler cannot handle is dead-lettered, and its aggregate's later events queue behind it,
            // in the batch's own transaction; the rest of the stream goes on (see DeadLetterPolicy)
            for (String group : ProcessingGroups.all()) {
                configurer.eventProcessing()
                        .registerDeadLetterQueue(group, c -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .schema(deadLetterSchema)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                // the store's own serializer: a payload that cannot be read is kept as it is
                                .eventSerializer(eventSerializer)
                                .genericSerializer(serializer)
                                .build())
                        .registerDeadLetterPolicy(group, c -> new DeadLetterPolicy(group))
                        // a reset replays every event from the start: the letters of the run before go with it
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (c, builder) -> builder.allowReset(true));
            }
        };
    }

    /**
     * Carries who, in which role and agency, and in which request (correlation id, idempotency key), from each
     * command onto every event it records.
     */
    @Bean
    public CorrelationDataProvider commandMetadataOnEvents() {
        return new SimpleCorrelationDataProvider(CommandMetadata.ATTRIBUTION.toArray(String[]::new));
    }
}
