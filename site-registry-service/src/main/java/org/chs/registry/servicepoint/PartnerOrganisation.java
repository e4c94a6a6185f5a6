package org.chs.registry.servicepoint;

import jakarta.validation.constraints.Size;

/**
 * 合作机构 — the bank or hospital that runs a bank branch or hospital window.
 *
 * @param kind          bank or hospital
 * @param name          e.g. 中国工商银行淳安千岛湖支行, 淳安县第一人民医院
 * @param institutionId the platform's id of the institution (a hospital's {@code institution_id} token claim); required for hospitals
 */
public record PartnerOrganisation(PartnerKind kind, @Size(max = 200) String name, @Size(max = 64) String institutionId) {
}
