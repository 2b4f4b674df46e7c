package id.wacontacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.db.DatabaseStartException.Problem;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    @Test
    void aFailureCausedByTheConnectionGoingAwayIsLost() {
        RuntimeException wrapped = new IllegalStateException("query failed",
                new JDBCConnectionException("gone", new SQLException("I/O error", "08006")));

        assertThat(Reachability.of(wrapped)).contains(Reachability.LOST);
        assertThat(Reachability.lost(wrapped)).isTrue();
        assertThat(Reachability.lost(Reachability.notSent())).isTrue();
    }

    @Test
    void otherFailuresAreNotAboutReachingTheDatabase() {
        RuntimeException refused = new IllegalStateException("bad", new SQLException("duplicate", "23505"));

        assertThat(Reachability.of(refused)).isEmpty();
        assertThat(Reachability.lost(refused)).isFalse();
        assertThat(OpeningFailure.of(refused)).isEmpty();
    }

    @Test
    void anOpeningFailureKeepsItsKindAndItsSentence() {
        DatabaseStartException start = new DatabaseStartException(Problem.ALREADY_RUNNING, "Already open.");

        assertThat(OpeningFailure.of(start)).isEqualTo(Optional.of(new OpeningFailure("ALREADY_RUNNING", "Already open.")));
    }
}
