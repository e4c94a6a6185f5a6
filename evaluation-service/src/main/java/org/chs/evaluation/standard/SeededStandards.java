package org.chs.evaluation.standard;

import static org.chs.evaluation.scoring.Comparison.AT_LEAST;
import static org.chs.evaluation.scoring.Comparison.AT_MOST;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.chs.evaluation.scoring.CategoryDefinition;
import org.chs.evaluation.scoring.Clause;
import org.chs.evaluation.scoring.ClauseGroup;
import org.chs.evaluation.scoring.ItemDefinition;
import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.Rule;
import org.chs.evaluation.scoring.StandardDefinition;

/**
 * 示范点评分标准(初始版本) — the standards of the source plan ([004], DOMAIN §5.1, §5.2, §5.4) as version 1.
 *
 * <p><b>The point values are configurable defaults, not the source's</b>: the source lost its points column (DOMAIN §5.0, §9.1).
 * Only the two surviving deduction rules are exact: D10 (①②⑤ −1 per case, ③④ −2 per case, at most −7) and D20 (−2 per
 * clause not implemented). Each standard sums to 100. Administrators publish a new version to change them.
 */
public final class SeededStandards {

    public static final String GRASSROOTS = "GRASSROOTS_SITE";
    public static final String MEDICAL_INSTITUTION = "MEDICAL_INSTITUTION_SITE";
    public static final String BANK_COOPERATION = "BANK_COOPERATION_SITE";

    public static final String DEFAULTS_NOTE = "Point values are configurable defaults chosen by the platform team: the source plan "
            + "(淳安县医保经办服务一体化建设实施方案, attachments 1-2) lost its points column. Only D10 and D20 deductions are from the source.";

    /** One seeded standard: its definition plus what the document needs besides. */
    public record Seed(StandardDefinition definition, String name, String nameZh, List<String> siteCategories) {
    }

    private SeededStandards() {
    }

    public static List<Seed> all() {
        return List.of(grassrootsSeed(), medicalInstitutionSeed(), bankCooperationSeed());
    }

    public static StandardDefinition grassroots() {
        return grassrootsSeed().definition();
    }

    public static StandardDefinition medicalInstitution() {
        return medicalInstitutionSeed().definition();
    }

    public static StandardDefinition bankCooperation() {
        return bankCooperationSeed().definition();
    }

    static Seed grassrootsSeed() {
        List<CategoryDefinition> categories = List.of(
                category("G-SITE", "Site and equipment", "场所设施", List.of(
                        check("G1", "Location & layout", "选址布局", 8, "[004 L129]",
                                "辐射能力强、交通便利、方便群众、易于寻找",
                                "整合现有设施资源，集中式、开放式办公环境，一门进、一站式服务"),
                        check("G2", "Publicity & signage", "宣传标识", 6, "[004 L131]",
                                "醒目位置设置必要的宣传标识，有条件的设置多媒体屏",
                                "设置政策、办事指南宣传栏和宣传资料"),
                        check("G3", "Informatisation", "信息化建设", 8, "[004 L133]",
                                "业务设备接入医保业务专网，可实时登录全国统一的医保信息平台",
                                "开通可网办事项的网上申请入口，提升网办深度"))),
                category("G-SERVICE", "Service", "服务", List.of(
                        check("G4", "Service form", "服务形式", 6, "[004 L135]",
                                "窗口服务为主、自助服务为辅",
                                "接待咨询、政策解读宣传、帮办代办"),
                        check("G5", "Service items", "服务事项", 12, "[004 L137]",
                                "经办事项原则上达到县级事项清单的30%以上",
                                "可受理事项(含网办掌办)全部下沉进驻",
                                "事项名称、材料、时限、环节、标准与清单和指南一致，线上线下一致",
                                "多种形式公开事项清单、办事指南和工作制度"),
                        check("G6", "Service staff", "服务人员", 8, "[004 L139]",
                                "由设立部门管理，接受上级经办机构业务指导监督",
                                "开展岗前培训",
                                "至少明确专(兼)职医保服务人员1名",
                                "服务态度良好"),
                        check("G7", "Service rules", "服务制度", 12, "[004 L141]",
                                "首问负责、一次性告知、限时办结、信息公开、帮办代办等制度",
                                "开展好差评，第三方或多方满意度测评",
                                "评价、反馈、整改、监督闭环",
                                "公布咨询和投诉电话"),
                        metric("K1", "Average handling time of instant items", "即办件平均办理时长不超过10分钟", 6, "[004 L75]",
                                Metric.AVERAGE_INSTANT_HANDLING_MINUTES, AT_MOST, "10"),
                        metric("K2", "Average waiting time", "群众平均等候时间不超过15分钟", 6, "[004 L75]",
                                Metric.AVERAGE_WAITING_MINUTES, AT_MOST, "15"),
                        metric("K3", "Online and mobile handling rate", "网办掌办率不低于80%", 6, "[004 L81]",
                                Metric.ONLINE_RATE, AT_LEAST, "80"),
                        metric("K4", "Satisfaction rate", "满意率不低于90%", 6, "[004 L141]",
                                Metric.SATISFACTION_RATE, AT_LEAST, "90"))),
                category("G-MANAGEMENT", "Management", "管理", List.of(
                        veto("G8", "Financial discipline", "财经纪律", "[004 L69, L143]",
                                "违规使用、挪用或以欺诈、伪造证明材料等手段骗取财政补助资金、基本医疗保险(含生育保险)基金、医疗救助基金 (V1)"),
                        check("G9", "Supervision & management", "监督管理", 6, "[004 L145]",
                                "接受上级医保部门业务指导和监督",
                                "定期报告业务办理、政策宣传、问题收集情况",
                                "重大或突发情况第一时间报告"),
                        check("G10", "Information security", "信息安全", 10, "[004 L147]",
                                "专网专机专用",
                                "终端安全、系统账号密码、电子邮件、数据安全管理",
                                "保密制度，保护参保人信息"))));
        return new Seed(new StandardDefinition(GRASSROOTS, 1, categories), "Grassroots service demonstration site",
                "医保基层服务示范点评分标准", List.of("GRASSROOTS", "GRASSROOTS_TOWNSHIP", "GRASSROOTS_VILLAGE", "GRASSROOTS_COMMUNITY"));
    }

    static Seed medicalInstitutionSeed() {
        List<CategoryDefinition> categories = List.of(
                category("D-0", "Eligibility", "准入条件", List.of(
                        new ItemDefinition("D0", "Eligibility precondition", "准入条件", BigDecimal.ZERO, List.of(),
                                Rule.precondition("连续履行医保服务协议，3年内未发生欺诈骗保等事件 (V0)"), "[004 L111]"))),
                category("D-I", "Insurance basic management", "医保基础管理", List.of(
                        check("D1", "Rules", "制度建设", 4, "[004 L149]", "医保管理制度", "财务制度", "统计信息管理制度",
                                "医疗质量安全核心制度", "医保基金使用考核评价体系"),
                        check("D2", "Signage & windows", "标识窗口", 3, "[004 L151]", "醒目位置悬挂统一样式的定点医疗机构标牌",
                                "设置医保登记、结算、审核、门诊慢特病管理、异地就医直接结算等窗口"),
                        check("D3", "Publicity & training", "宣传培训", 4, "[004 L153]", "医保政策宣传栏", "印制宣传资料",
                                "咨询电话和窗口", "定期开展政策业务培训", "医保医师管理，含政策培训和内部考核"))),
                category("D-II", "Medical-service management", "就医服务管理", List.of(
                        check("D4", "Consultation & treatment", "就医诊疗服务", 4, "[004 L155]", "实名就医，核验医保凭证，人证相符",
                                "不得以任何理由收集、留存参保人医保凭证", "合理检查、合理用药、合理治疗，无过度诊疗、分解处方、超量开药、重复开药"),
                        check("D5", "Outpatient chronic/special diseases", "门诊慢特病管理", 3, "[004 L157]", "落实政策", "管理制度和流程",
                                "资格认定和信息登记", "合理治疗，使用专用病历处方", "及时核查上传数据", "慢病患者健康管理", "落实两病政策"),
                        check("D6", "Admission & discharge", "出入院管理", 4, "[004 L159]", "入出院及ICU收治标准", "符合指征收治、符合条件及时出院",
                                "无分解住院、挂床住院，无以减免费用、返现、赠送等方式诱导住院"),
                        check("D7", "Records & prescriptions", "病历及处方管理", 4, "[004 L161]", "每位参保患者有病历备查", "病历真实、完整、清晰",
                                "意外伤害如实记录原因和经过", "允许处方外配", "按规范填写医保结算清单"),
                        check("D8", "Referral", "转诊转院", 3, "[004 L163]", "转诊转院制度、双向转诊通道、及时办理手续"),
                        check("D9", "Treatment-behaviour management", "诊疗行为管理", 3, "[004 L165]", "DRG/DIP地区建立院内诊疗行为管理和成本控制"))),
                category("D-III", "Medical-expense settlement", "医疗费用结算", List.of(
                        new ItemDefinition("D10", "Standardised charging", "规范医疗收费", new BigDecimal("10"), List.of(
                                new Clause("①", "执行国家和省医疗服务项目政策"),
                                new Clause("②", "执行国家、省、市价格政策"),
                                new Clause("③", "无重复收费、套用收费、超标准收费、分解项目收费"),
                                new Clause("④", "无串换药品、耗材、诊疗项目和服务设施，无诱导住院患者门诊缴费、药店购药、另设自付账户"),
                                new Clause("⑤", "明码标价，自主定价项目履行告知并注明定价主体")),
                                // Exact from the source [004 L169]: ①②⑤ −1 per case, ③④ −2 per case, at most −7 for the item.
                                Rule.perCase(new BigDecimal("7"),
                                        new ClauseGroup(List.of("①", "②", "⑤"), BigDecimal.ONE),
                                        new ClauseGroup(List.of("③", "④"), new BigDecimal("2"))), "[004 L167-L169]"),
                        check("D11", "Settlement services", "提供结算服务", 4, "[004 L171]", "实时结算",
                                "窗口、自助机、移动端、诊间等多渠道结算", "支持医保电子凭证结算，按规定程序和时限申报费用"),
                        check("D12", "Settlement standards", "执行结算标准", 4, "[004 L173]", "执行结算制度和标准",
                                "不得将超定额、限额费用转嫁参保人自费", "不得以定额、限额为由降低质量、减少必要药品和治疗"),
                        check("D13", "Informed consent", "履行知情同意", 3, "[004 L175]", "目录外药品项目书面告知并签署自费同意书",
                                "提供住院结算清单和每日费用清单，提供查询和解释"))),
                category("D-IV", "Catalogue management", "目录管理", List.of(
                        check("D14", "Catalogue execution", "执行医保目录", 4, "[004 L177]", "执行基本医疗和生育保险药品、诊疗项目、耗材目录支付政策",
                                "药品供应与目录调整衔接，不以总额控制、药占比等限制目录内药品", "及时配备国家谈判药品"),
                        check("D15", "Drugs & consumables", "药品耗材管理", 3, "[004 L179]", "执行目录药品限定支付范围并留存依据",
                                "重点监控高价、高用量药品", "高值耗材使用分析和比例控制"),
                        check("D16", "Examinations & treatment", "检查治疗管理", 3, "[004 L181]", "严格掌握适应症，不将大型设备检查、套餐式检查作为常规",
                                "理疗康复、中医、精神、口腔项目严格指征并记录"))),
                category("D-V", "Information management", "信息管理", List.of(
                        check("D17", "Information system", "信息系统建设", 3, "[004 L183]", "明确部门人员、职责、权限",
                                "按技术标准和接口规范接入，及时申报费用", "保障结算的应急预案"),
                        check("D18", "Basic information", "基础信息管理", 3, "[004 L185]", "机构、医保医师、医保护士国家编码贯标并动态维护",
                                "名称、法人、地址、类别、结算账户变更及时登记"),
                        check("D19", "Intelligent monitoring", "智能监控", 3, "[004 L187]", "收费结算全过程音视频实时监控",
                                "医保智能监控规则嵌入HIS并维护"),
                        new ItemDefinition("D20", "Information security", "信息安全", new BigDecimal("6"), List.of(
                                new Clause("①", "真实、准确、及时上传费用明细，不得人为篡改造假"),
                                new Clause("②", "信息安全制度，数据备份"),
                                new Clause("③", "保护隐私，不泄露患者信息")),
                                // Exact from the source [004 L189]: −2 per clause not implemented; no cap stated (3 clauses ⇒ 6).
                                Rule.perItem(new BigDecimal("2"), null), "[004 L189]"))),
                category("D-VI", "Insurance reform tasks", "医保改革任务落实", List.of(
                        check("D21", "Payment-method reform", "支付方式改革", 3, "[004 L191]", "多元复合式支付",
                                "完成DRG/DIP改革任务", "自有控费措施，不将总额控制指标简单分解到科室或医生"),
                        check("D22", "Centralised procurement", "药械集中采购和使用", 4, "[004 L193]", "完成国家组织集采约定采购量",
                                "内部考核，结余留用资金主要用于绩效", "按时回款", "在指定平台采购并如实记录进销存",
                                "有替代时不采购信用评价中等的药品", "不采购信用评价严重、特别严重的药品"),
                        check("D23", "Purchase-sale-stock", "进销存管理", 3, "[004 L195]", "药品进销存全流程记录",
                                "国家目录药品占配备品种80%以上", "谈判药品品规配备率高于同级平均", "优先使用集采中选产品"),
                        check("D24", "Internet+ services", "互联网+医疗服务", 3, "[004 L197]", "远程医疗", "互联网诊疗", "互联网医院"))),
                category("D-VII", "Other", "其他", List.of(
                        check("D25", "Complaints", "投诉处理", 3, "[004 L199]", "电话、信箱等多种渠道畅通便捷",
                                "专人负责，按承诺时限调查答复"),
                        check("D26", "Elderly-friendly services", "适老化服务", 3, "[004 L201]", "特殊患者绿色通道及便民物品",
                                "为老年人预留现场号源，医联体为基层预留号源"),
                        check("D27", "Information reporting", "信息报送", 3, "[004 L203]", "依法报送服务量、费用、薪酬等数据"),
                        veto("D28", "Financial discipline", "执行财经纪律", "[004 L205]",
                                "违规使用、挪用或骗取财政补助资金、基本医疗保险(含生育保险)基金、医疗救助基金、长期护理保险基金 (V2)"))));
        return new Seed(new StandardDefinition(MEDICAL_INSTITUTION, 1, categories), "Designated medical institution demonstration site",
                "医保定点医疗机构示范点评分标准", List.of("MEDICAL_INSTITUTION", "DESIGNATED_MEDICAL_INSTITUTION", "HOSPITAL"));
    }

    static Seed bankCooperationSeed() {
        // DOMAIN §5.4: three dimensions without weights in the source; standards "to be formulated separately".
        List<CategoryDefinition> categories = List.of(category("B", "Bank cooperation", "医银合作", List.of(
                metric("B1", "Bank business volume (handlings over the bank API in the period)", "银行业务量", 40, "[004 L61]",
                        Metric.BANK_HANDLINGS, AT_LEAST, "100"),
                check("B2", "Publicity & promotion", "宣传推广", 30, "[004 L59, L61]", "面向客户开展医保政策宣传",
                        "提供帮办、代办、上门办服务", "引导群众到银行办理医保业务"),
                check("B3", "Staff study & training", "经办人员学习培训情况", 30, "[004 L57, L61]", "参加县医保经办机构季度业务培训",
                        "选派人员到县医保窗口挂职锻炼"))));
        return new Seed(new StandardDefinition(BANK_COOPERATION, 1, categories), "Hospital-bank cooperation assessment",
                "医银合作考核标准", List.of("BANK_COOPERATION", "BANK"));
    }

    private static CategoryDefinition category(String code, String name, String nameZh, List<ItemDefinition> items) {
        return new CategoryDefinition(code, name, nameZh, items);
    }

    private static ItemDefinition check(String code, String name, String nameZh, int points, String source, String... clauses) {
        List<Clause> list = new ArrayList<>();
        String[] numbers = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"};
        for (int i = 0; i < clauses.length; i++) {
            list.add(new Clause(numbers[i], clauses[i]));
        }
        return new ItemDefinition(code, name, nameZh, BigDecimal.valueOf(points), list, Rule.check(), source);
    }

    private static ItemDefinition metric(String code, String name, String nameZh, int points, String source, Metric metric,
                                         org.chs.evaluation.scoring.Comparison comparison, String bound) {
        return new ItemDefinition(code, name, nameZh, BigDecimal.valueOf(points), List.of(),
                Rule.metric(metric, comparison, new BigDecimal(bound)), source);
    }

    private static ItemDefinition veto(String code, String name, String nameZh, String source, String condition) {
        return new ItemDefinition(code, name, nameZh, BigDecimal.ZERO, List.of(), Rule.veto(condition), source);
    }
}
