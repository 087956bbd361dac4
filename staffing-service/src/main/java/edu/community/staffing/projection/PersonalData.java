package edu.community.staffing.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 个人信息 — the personal data of one member of staff: name, resident ID number, gender, birth date and contact.
 * A mutable, erasable row kept with Hibernate Reactive (Panache), never in an event: events and topics carry
 * only {@link #staffId}. Erasure empties every personal field and records when.
 */
@Entity
@Table(name = "personal_data")
public class PersonalData extends PanacheEntityBase {

    /** 性别 */
    public enum Gender {
        MALE,
        FEMALE
    }

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "full_name")
    public String name;

    @Column(name = "resident_id")
    public String residentId;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String contact;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public boolean erased() {
        return erasedAt != null;
    }
}
