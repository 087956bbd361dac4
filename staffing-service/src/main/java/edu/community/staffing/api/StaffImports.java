package edu.community.staffing.api;

import edu.community.staffing.domain.StaffCommands;
import edu.community.staffing.projection.PersonalDataRegister;
import java.util.List;

/** Turns a registration request (a body or an import row) into its command and its personal data. */
final class StaffImports {

    private StaffImports() {
    }

    /** The command without a staff id: the personal-data register gives it. */
    static StaffCommands.Register command(RegisterStaffRequest body) {
        return new StaffCommands.Register(null, body.role(), body.schoolCode(), body.appointedOn(), body.title(),
                body.backbone(), List.copyOf(body.subjects()));
    }

    static PersonalDataRegister.Details details(RegisterStaffRequest body) {
        return new PersonalDataRegister.Details(body.name().strip(), body.residentId(), body.gender(), body.birthDate(),
                body.contact().strip());
    }
}
