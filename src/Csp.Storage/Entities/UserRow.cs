namespace Csp.Storage.Entities;

/// <summary>A person who signs in to the web app. The password is kept only as a PBKDF2 hash.</summary>
public sealed class UserRow
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>Upper case (invariant), unique: sign-in ignores case.</summary>
    public required string NormalizedName { get; set; }
    public required string DisplayName { get; set; }
    public long AgencyId { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>Changes whenever the password, roles or disabled state change, so that older sign-in cookies stop working.</summary>
    public required string SecurityStamp { get; set; }
    /// <summary>Consecutive failed sign-ins since the last success.</summary>
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    public List<UserRoleRow> Roles { get; set; } = [];
}
