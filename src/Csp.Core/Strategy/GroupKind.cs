namespace Csp.Core.Strategy;

/// <summary>
/// What a group of the partnership is, as the seeds draw the structure (seed 001, "Partnership structure"; seed 004, "Our
/// Partnership Structure"): the Main Joint Strategic Group (the CSP itself), the Management Group that recommends priorities
/// to it, the Support Group the sub-groups' chairs report to, the Community Safety Units, sub-groups, forums and boards
/// that deliver, and the Crime and Disorder Scrutiny Committee that scrutinises.
/// </summary>
public enum GroupKind
{
    MainGroup,
    ManagementGroup,
    SupportGroup,
    CommunitySafetyUnit,
    SubGroup,
    Forum,
    Board,
    ScrutinyCommittee,
}
