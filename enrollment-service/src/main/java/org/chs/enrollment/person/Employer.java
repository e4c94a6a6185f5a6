package org.chs.enrollment.person;

/**
 * 参保单位 — the employer through which an employee is insured.
 *
 * @param creditCode unified social credit code (统一社会信用代码)
 * @param name       registered name
 */
public record Employer(String creditCode, String name) {
}
