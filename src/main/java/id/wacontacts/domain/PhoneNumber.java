package id.wacontacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.generator.EventType;

/** A row of {@code phone_numbers}: a number as typed, its E.164 form and its category. */
@Entity
@Table(name = "phone_numbers")
public class PhoneNumber {

    public static final int ORIGINAL_MAX_LENGTH = 50;
    public static final int NORMALIZED_MAX_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "original_number", nullable = false, length = ORIGINAL_MAX_LENGTH)
    private String originalNumber;

    @Column(name = "normalized_number", nullable = false, unique = true, length = NORMALIZED_MAX_LENGTH)
    private String normalizedNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_phone_numbers_category"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Category category;

    /** Written only by the column default (UTC). */
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private LocalDateTime createdAt;

    /** Written only by the column default and the update trigger (UTC). */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private LocalDateTime updatedAt;

    protected PhoneNumber() {
    }

    public PhoneNumber(String originalNumber, String normalizedNumber, Category category) {
        this.originalNumber = originalNumber;
        this.normalizedNumber = normalizedNumber;
        this.category = category;
    }

    public Integer getId() {
        return id;
    }

    public String getOriginalNumber() {
        return originalNumber;
    }

    public String getNormalizedNumber() {
        return normalizedNumber;
    }

    public Category getCategory() {
        return category;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
