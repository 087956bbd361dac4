package edu.community.contracts.exchange;

/** 学生交流活动类别 — the kinds of joint student activity a community holds. */
public enum ActivityKind {
    /** 同步课堂 */
    SYNCHRONOUS_CLASSROOM,
    /** 远程授课 */
    REMOTE_LESSON,
    /** 名师在线课堂 */
    FAMOUS_TEACHER_ONLINE,
    /** 研学实践 */
    STUDY_PRACTICE,
    /** 劳动实践 */
    LABOUR_PRACTICE,
    /** 体育、艺术竞赛 */
    SPORTS_OR_ARTS_COMPETITION,
    /** 成果展示 */
    ACHIEVEMENT_SHOWCASE,
    /** 联谊互助 */
    FRIENDSHIP_EXCHANGE,
    /** 城乡学生集体交流 */
    COLLECTIVE_EXCHANGE
}
