package id.wacontacts.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.ChangedElsewhereException;
import id.wacontacts.service.NotFoundException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConnectionLossTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03"})
    void serverGoneStatesMeanTheConnectionIsLost(String state) {
        assertThat(ConnectionLoss.isLost(new RuntimeException(new SQLException("gone", state)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "57014", "42P01", "28P01"})
    void dataAndCodeProblemsAreNotALostConnection(String state) {
        assertThat(ConnectionLoss.isLost(new SQLException("refused", state))).isFalse();
    }

    @Test
    void thePoolTimingOutBecauseItsServerVanishedMeansTheConnectionIsLost() {
        assertThat(ConnectionLoss.classify(new CompletionException(new SQLTransientConnectionException(
                "wa-contacts - Connection is not available", "08001", new SQLException("Connection refused", "08001")))))
                .isEqualTo(ConnectionLoss.Trouble.GONE);
    }

    @Test
    void thePoolTimingOutWithEveryConnectionInUseMeansBusy() {
        Throwable failure = new CompletionException(
                new SQLTransientConnectionException("wa-contacts - Connection is not available"));
        assertThat(ConnectionLoss.classify(failure)).isEqualTo(ConnectionLoss.Trouble.BUSY);
        assertThat(ConnectionLoss.isLost(failure)).isFalse();
        assertThat(ConnectionLoss.isBusy(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("wa-contacts - Connection is not available")))).isTrue();
    }

    @Test
    void aLockTimeoutOrStatementTimeoutMeansBusyAndAPersonsCancelNeither() {
        assertThat(ConnectionLoss.classify(new RuntimeException(new SQLException(
                "ERROR: canceling statement due to lock timeout", "55P03")))).isEqualTo(ConnectionLoss.Trouble.BUSY);
        assertThat(ConnectionLoss.classify(new SQLException(
                "ERROR: canceling statement due to statement timeout", "57014"))).isEqualTo(ConnectionLoss.Trouble.BUSY);
        assertThat(ConnectionLoss.classify(new SQLException(
                "ERROR: canceling statement due to user request", "57014"))).isEqualTo(ConnectionLoss.Trouble.NONE);
    }

    @Test
    void hibernatesConnectionFailureMeansTheConnectionIsLost() {
        assertThat(ConnectionLoss.isLost(new JDBCConnectionException("could not prepare statement",
                new SQLException("An I/O error occurred", (String) null)))).isTrue();
    }

    @Test
    void workRefusedWhileOfflineCountsAsLost() {
        assertThat(ConnectionLoss.isLost(new DatabaseUnreachableException())).isTrue();
    }

    @Test
    void aConcurrentEditIsNotALostConnection() {
        assertThat(ConnectionLoss.isLost(new ChangedElsewhereException(NotFoundException.Kind.CONTACT, 1))).isFalse();
        assertThat(ConnectionLoss.isLost(new IllegalStateException())).isFalse();
    }
}
