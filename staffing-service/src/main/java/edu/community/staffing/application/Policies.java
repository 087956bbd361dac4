package edu.community.staffing.application;

import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import edu.community.staffing.domain.PostingBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** The locality's values of the rules (configuration keys {@code staffing.*}, national values as defaults). */
@ApplicationScoped
public class Policies {

    private final Config config;

    public Policies(Config config) {
        this.config = config;
    }

    @Produces
    @Singleton
    PostingBounds postingBounds() {
        Map<PostingKind, String> keys = Map.of(PostingKind.ROTATION, "rotation",
                PostingKind.SUPPORT_TEACHING, "support-teaching", PostingKind.PLACEMENT_TRAINING, "placement-training",
                PostingKind.MANAGEMENT_SECONDMENT, "management-secondment");
        Map<PostingKind, Period> min = new EnumMap<>(PostingKind.class);
        Map<PostingKind, Period> max = new EnumMap<>(PostingKind.class);
        keys.forEach((kind, key) -> {
            min.put(kind, Period.parse(config.getValue("staffing.posting." + key + ".min", String.class)));
            max.put(kind, Period.parse(config.getValue("staffing.posting." + key + ".max", String.class)));
        });
        return new PostingBounds(min, max);
    }

    @Produces
    @Singleton
    RotationPolicy rotationPolicy() {
        return new RotationPolicy(config.getValue("staffing.rotation.teacher-years", Integer.class),
                config.getValue("staffing.rotation.principal-term-years", Integer.class),
                config.getValue("staffing.rotation.principal-terms", Integer.class),
                RotationPolicy.Base.valueOf(config.getValue("staffing.rotation.backbone-base", String.class)));
    }

    @Produces
    @Singleton
    RuralServicePolicy ruralServicePolicy() {
        return new RuralServicePolicy(config.getValue("staffing.rural-service.required-days", Integer.class),
                config.getValue("staffing.rural-service.weak-school-years", Integer.class));
    }
}
