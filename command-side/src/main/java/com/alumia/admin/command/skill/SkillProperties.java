package com.alumia.admin.command.skill;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The skill catalog ({@code alumia.skills.*}).
 *
 * @param restoreWindow how long a deleted skill can be restored before its deletion becomes final; from a second
 *                      (for tests) to a year
 */
@Validated
@ConfigurationProperties("alumia.skills")
public record SkillProperties(@DefaultValue("P7D") @DurationMin(seconds = 1) @DurationMax(days = 365)
                              Duration restoreWindow) {
}
