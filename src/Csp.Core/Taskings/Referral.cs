namespace Csp.Core.Taskings;

/// <summary>A referral to another service (mental health, housing, Trading Standards, victim support) and its response.</summary>
/// <param name="Service">The service referred to; its agency sees the task as well as the owner's.</param>
/// <param name="Made">The day the referral was made.</param>
/// <param name="Response">What the service said or did; null while awaited.</param>
/// <param name="RespondedOn">The day it responded; null while awaited.</param>
public sealed record Referral(string Service, DateOnly Made, string? Response = null, DateOnly? RespondedOn = null)
{
    public bool Awaiting => RespondedOn is null;
}
