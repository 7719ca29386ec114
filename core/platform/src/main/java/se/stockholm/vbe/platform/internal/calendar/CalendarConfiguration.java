package se.stockholm.vbe.platform.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE deadline calendar", description = "The city's default deadlines of every plan "
        + "year, as days of the year (MM-DD), used for a year until the coordinator sets its dates "
        + "(PUT /api/admin/calendar/{year}).")
@interface CalendarConfiguration {

    @AttributeDefinition(description = "The last day for tertialrapport 1 (January-April), in the plan year.")
    String t1() default "05-15";

    @AttributeDefinition(description = "The last day for tertialrapport 2 (May-August), in the plan year.")
    String t2() default "09-15";

    @AttributeDefinition(description = "The last day for the verksamhetsberättelse, in the year AFTER the plan "
            + "year.")
    String annualReport() default "02-15";

    @AttributeDefinition(description = "The last day for the committees to adopt their plans (revised with "
            + "tertialrapport 1), in the plan year.")
    String committeeAdoption() default "05-31";

    @AttributeDefinition(description = "The last day for kommunstyrelsen to approve the plans, in the plan year; "
            + "keep it equal to approvalDeadline of se.stockholm.vbe.coverage.")
    String cityApproval() default "06-30";
}
