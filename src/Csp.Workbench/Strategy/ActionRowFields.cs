namespace Csp.Workbench.Strategy;

/// <summary>The fields of an action plan row as the edit and add forms post them, the history keeps them and the pages label them.</summary>
public static class ActionRowFields
{
    public const string Added = "added";
    public const string Theme = "theme";
    public const string Ref = "ref";
    public const string Action = "action";
    public const string Groups = "groups";
    public const string Priorities = "priorities";
    public const string Owner = "owner";
    public const string Lead = "lead";
    public const string Start = "start";
    public const string Due = "due";
    public const string Status = "status";
    public const string Rag = "rag";

    public static string Label(string field) => field switch
    {
        Added => "Added",
        Theme => "Theme",
        Ref => "Ref",
        Action => "Action",
        Groups => "Coordinating delivery groups",
        Priorities => "Strategic Assessment priorities",
        Owner => "Owner agency",
        Lead => "Lead",
        Start => "Start date",
        Due => "Due date",
        Status => "Status",
        Rag => "RAG",
        _ => field,
    };
}
