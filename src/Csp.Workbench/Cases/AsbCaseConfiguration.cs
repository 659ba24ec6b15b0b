using Csp.Core.Calendar;
using Csp.Core.Cases;
using Csp.Core.Cases.RiskMatrix;
using Csp.Core.Imports;
using Csp.Ingest.Calendar;
using Csp.Ingest.Cases;
using Csp.Workbench.Hosting;

namespace Csp.Workbench.Cases;

/// <summary>
/// The partnership's ASB case configuration, read once from data/config: the risk assessment matrix (risk-matrix.csv),
/// the local settings (asb-case-settings.csv) and the England and Wales bank holidays. A missing or refused file is an
/// issue in words; the settings then keep their defaults, and without a matrix no assessment can be scored (it is refused
/// with the reason, never scored against a guess).
/// </summary>
public sealed record AsbCaseConfiguration(RiskAssessmentMatrix? Matrix, AsbCaseSettings Settings, WorkingDayCalendar Calendar, IReadOnlyList<ImportIssue> Issues)
{
    public const string MatrixFile = "risk-matrix.csv";
    public const string SettingsFile = "asb-case-settings.csv";
    public const string BankHolidaysFile = "bank-holidays-england-and-wales.csv";

    public static AsbCaseConfiguration Load(string home)
    {
        var issues = new List<ImportIssue>();
        var matrix = Read(CspHome.Configuration(home, MatrixFile), RiskMatrixCsvReader.Read, issues);
        var settings = Read(CspHome.Configuration(home, SettingsFile), AsbCaseSettingsCsvReader.Read, issues) ?? AsbCaseSettings.Default;
        var holidays = Read<IReadOnlyList<BankHoliday>>(CspHome.Configuration(home, BankHolidaysFile), (s, f) => { var r = BankHolidayCsvReader.Read(s, f); return (r.Holidays, r.Issues); }, issues) ?? [];
        return new AsbCaseConfiguration(matrix, settings, new WorkingDayCalendar(holidays), issues);
    }

    private static T? Read<T>(string path, Func<Stream, string, (T?, IReadOnlyList<ImportIssue>)> reader, List<ImportIssue> issues) where T : class
    {
        if (!File.Exists(path))
        {
            issues.Add(new ImportIssue(path, 0, null, "The file is missing."));
            return null;
        }
        using var stream = File.OpenRead(path);
        var (value, found) = reader(stream, path);
        issues.AddRange(found);
        return value;
    }
}
