package org.lln.platform.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads published outbox rows in publication order, for the HTTP change feed. */
@ApplicationScoped
public class ChangeFeed {

    @Inject
    AgroalDataSource dataSource;

    /**
     * @return the position of the latest published change, 0 when there is none
     * @throws IllegalStateException when the database cannot be read
     */
    public long latestPosition() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select coalesce(max(position), 0) from outbox_event");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Change feed unavailable", e);
        }
    }

    /**
     * @return the highest position pruned after the retention period; a reader resuming from before it
     *         would miss changes (0 when nothing was pruned)
     * @throws IllegalStateException when the database cannot be read
     */
    public long prunedThrough() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select pruned_through from change_feed_horizon");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Change feed unavailable", e);
        }
    }

    /**
     * @param after only changes with a higher position
     * @param limit at most this many, 1 to 1000
     * @return the changes, oldest first
     * @throws IllegalStateException when the database cannot be read
     */
    public List<Change> after(long after, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select position, topic, cloud_event from outbox_event
                        where position > ? order by position limit ?""")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("Change feed unavailable", e);
        }
    }
}
