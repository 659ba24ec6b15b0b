namespace Csp.Workbench.Audit;

/// <summary>What the audit log records, by name (the <c>action</c> column).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    /// <summary>An account locked after repeated failures, or a sign-in refused because it is locked or disabled.</summary>
    public const string SignInRefused = "sign-in-refused";
    public const string SignOut = "sign-out";
    /// <summary>Files uploaded and queued for import.</summary>
    public const string ImportUploaded = "import-uploaded";
    /// <summary>An import finished (or failed), with its counts.</summary>
    public const string ImportFinished = "import-finished";
    /// <summary>A report downloaded: the Reports feature records which report, area, period and format.</summary>
    public const string ReportDownload = "report-download";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
    public const string AccountCreated = "administrator-created";
    /// <summary>An ASB case's page read: one entry for the case, and one per person shown on it (their personal data).</summary>
    public const string CaseViewed = "case-viewed";
    public const string CasePersonViewed = "case-person-viewed";
    /// <summary>A case opened, or anything added to or changed on it (the record column says what).</summary>
    public const string CaseOpened = "case-opened";
    public const string CaseChanged = "case-changed";
    /// <summary>Cases searched by a term that may be a person's name.</summary>
    public const string CaseSearched = "case-searched";
    /// <summary>A refused attempt to read or change a case the user's agency and role are not entitled to.</summary>
    public const string CaseRefused = "case-refused";
    public const string SharingAgreementChanged = "sharing-agreement-changed";
    public const string DemoCaseloadLoaded = "demo-caseload-loaded";
    /// <summary>The retention job anonymised a closed case past its retention period, or a person on no kept case.</summary>
    public const string CaseRetention = "case-retention";
    /// <summary>An administrator searched people's records by name, or read one, to answer a subject access or erasure request.</summary>
    public const string PersonLookedUp = "person-looked-up";
    /// <summary>A subject access export of a person's records made (the format in the detail).</summary>
    public const string SubjectAccessExport = "subject-access-export";
    /// <summary>A person's record erased on request (and the cases anonymised with it), or the erasure refused with the reasons.</summary>
    public const string PersonErased = "person-erased";
    public const string PersonErasureRefused = "person-erasure-refused";
    /// <summary>A document uploaded to a case downloaded (its id and name in the record and detail).</summary>
    public const string CaseDocumentDownloaded = "case-document-downloaded";
    /// <summary>A task raised, assigned, updated, referred, answered or closed: the target is its reference.</summary>
    public const string Tasking = "tasking";
    /// <summary>A partner officer's figure entered on the return form (measure, area, quarter, value, what it replaced).</summary>
    public const string ReturnSubmitted = "return-submitted";
    /// <summary>A figure refused on the return form, with the field and the reason.</summary>
    public const string ReturnRefused = "return-refused";
    /// <summary>A return file uploaded on the return form: the file, what was kept, replaced and refused (file, line, field).</summary>
    public const string ReturnFileUploaded = "return-file-uploaded";
    /// <summary>A briefing shown with personal data (repeat victims' and callers' keys): who saw which area's window.</summary>
    public const string BriefingPersonalData = "briefing-personal-data";
    /// <summary>A briefing recorded as held (the next one starts where it ended).</summary>
    public const string BriefingHeld = "briefing-held";
    /// <summary>A structure, strategy and action plan imported (what changed, in the detail).</summary>
    public const string StrategyImported = "strategy-imported";
    /// <summary>An action plan row's quarterly update: the target is its ref, the detail the quarter and the status and RAG before and after.</summary>
    public const string ActionPlanUpdated = "action-plan-updated";
    /// <summary>A refused attempt to read or update an action plan row of a group the user does not sit on.</summary>
    public const string ActionPlanRefused = "action-plan-refused";
    /// <summary>An action plan row's fields changed in the web app by an administrator or analyst: the target is its ref, the detail each field before and after (kept in action_plan_changes).</summary>
    public const string ActionRowChanged = "action-row-changed";
    /// <summary>An action plan row added under a theme in the web app: the target is its ref, the detail the theme and its fields.</summary>
    public const string ActionRowAdded = "action-row-added";
    public const string GroupMemberChanged = "group-member-changed";
    public const string PriorityDecisionRecorded = "priority-decision-recorded";
    /// <summary>A meeting recorded, or its record changed (who was there, an item, a decision, an action or its progress): the target is the meeting.</summary>
    public const string MeetingChanged = "meeting-changed";
    /// <summary>The strategy and Strategy on a Page published to the public page (frozen as they stood): the target is the strategy version.</summary>
    public const string StrategyPublished = "strategy-published";
    /// <summary>A fact of a strategy's priority linked to the assessment, or unlinked: the target is the strategy version, the detail the fact's reference.</summary>
    public const string StrategyFactChanged = "strategy-fact-changed";
    /// <summary>The published strategy taken down from the public page.</summary>
    public const string StrategyWithdrawn = "strategy-withdrawn";
    /// <summary>A performance report or the Case Review statistics published to the public page (frozen as they stood): the target is the kind, the area or year and the period.</summary>
    public const string SummaryPublished = "summary-published";
    /// <summary>A published performance report or Case Review statistics taken down from the public page.</summary>
    public const string SummaryWithdrawn = "summary-withdrawn";
    /// <summary>A Vulnerability Panel meeting scheduled or changed (date, chair, agencies): no personal data, so no case named.</summary>
    public const string PanelMeetingChanged = "panel-meeting-changed";
    /// <summary>A Vulnerability Panel meeting's page read: how many agenda items were shown (each shown item is also a case-viewed entry, and each person named a case-person-viewed one).</summary>
    public const string PanelMeetingViewed = "panel-meeting-viewed";
    /// <summary>An analyst moved a consultation comment to other themes (or none): the target is survey/question/response, the detail its themes before and after.</summary>
    public const string SurveyThemeReassigned = "survey-theme-reassigned";
    /// <summary>An analyst read a free-text question's comments (which may name someone) to theme them: the target is survey/question, the detail how many.</summary>
    public const string SurveyCommentsViewed = "survey-comments-viewed";
    /// <summary>A survey created, edited or opened in the survey builder: the target is the survey's id, the detail what changed.</summary>
    public const string SurveyChanged = "survey-changed";

    /// <summary>The action in words, for the audit page.</summary>
    public static string Describe(string action) => action switch
    {
        SignIn => "Signed in",
        SignInFailed => "Sign-in failed",
        SignInRefused => "Sign-in refused",
        SignOut => "Signed out",
        ImportUploaded => "Uploaded files to import",
        ImportFinished => "Import finished",
        ReportDownload => "Downloaded a report",
        UserCreated => "Added a user",
        UserChanged => "Changed a user",
        PasswordChanged => "Changed their password",
        PasswordReset => "Reset a password",
        AccountCreated => "First administrator created",
        CaseViewed => "Read an ASB case",
        CasePersonViewed => "Read a person's record on a case",
        CaseOpened => "Opened an ASB case",
        CaseChanged => "Changed an ASB case",
        CaseSearched => "Searched ASB cases",
        CaseRefused => "Refused access to an ASB case",
        SharingAgreementChanged => "Changed an information-sharing agreement",
        DemoCaseloadLoaded => "Loaded the demonstration caseload",
        CaseRetention => "Anonymised case data past its retention period",
        PersonLookedUp => "Looked up a person's record (data protection)",
        SubjectAccessExport => "Made a subject access export",
        PersonErased => "Erased a person's record on request",
        PersonErasureRefused => "Refused to erase a person's record",
        CaseDocumentDownloaded => "Downloaded a case document",
        Tasking => "Changed a task",
        BriefingPersonalData => "Viewed a briefing with victim and caller keys",
        BriefingHeld => "Recorded a briefing as held",
        StrategyImported => "Imported the structure, strategy and action plan",
        ActionPlanUpdated => "Updated an action plan row",
        ActionPlanRefused => "Refused access to an action plan row",
        ActionRowChanged => "Changed an action plan row",
        ActionRowAdded => "Added an action plan row",
        GroupMemberChanged => "Put a user on a group",
        PriorityDecisionRecorded => "Recorded a decision on priorities",
        MeetingChanged => "Recorded or changed a meeting",
        StrategyPublished => "Published the strategy",
        StrategyWithdrawn => "Withdrew the published strategy",
        SummaryPublished => "Published a performance report or Case Review statistics",
        SummaryWithdrawn => "Withdrew a published performance report or Case Review statistics",
        StrategyFactChanged => "Linked or unlinked a fact of the strategy",
        PanelMeetingChanged => "Scheduled or changed a Vulnerability Panel meeting",
        PanelMeetingViewed => "Read a Vulnerability Panel meeting",
        SurveyThemeReassigned => "Moved a consultation comment to another theme",
        SurveyCommentsViewed => "Read a survey's free-text comments",
        SurveyChanged => "Created, edited or opened a survey",
        _ => action,
    };

    public static IReadOnlyList<string> All { get; } =
        [SignIn, SignInFailed, SignInRefused, SignOut, ImportUploaded, ImportFinished, ReportDownload, UserCreated, UserChanged, PasswordChanged, PasswordReset, AccountCreated,
         CaseViewed, CasePersonViewed, CaseOpened, CaseChanged, CaseSearched, CaseRefused, SharingAgreementChanged, DemoCaseloadLoaded,
         CaseRetention, PersonLookedUp, SubjectAccessExport, PersonErased, PersonErasureRefused, CaseDocumentDownloaded,
         Tasking, BriefingPersonalData, BriefingHeld, StrategyImported, ActionPlanUpdated, ActionPlanRefused, ActionRowChanged, ActionRowAdded, GroupMemberChanged, PriorityDecisionRecorded, MeetingChanged,
         StrategyPublished, StrategyWithdrawn, StrategyFactChanged, PanelMeetingChanged, PanelMeetingViewed, SummaryPublished, SummaryWithdrawn, SurveyThemeReassigned, SurveyCommentsViewed, SurveyChanged];
}
