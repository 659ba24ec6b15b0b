using System.Buffers.Text;
using System.Text.RegularExpressions;
using Csp.Core.Areas;
using Csp.Core.Imports;
using Csp.Core.Population;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Population;

/// <summary>
/// Streams population estimates from the ONS CSV layouts in <see cref="PopulationLayout"/>; age bands are kept as single
/// years with "90+" open-ended, and the all-ages total as <see cref="PopulationEstimate.AllAges"/>.
/// </summary>
public sealed partial class PopulationCsvReader : IDisposable
{
    public const string Description = "an ONS population estimate CSV (MYE2 by local authority, LSOA estimates, or Census 2021 counts)";
    public const string MidYearSource = "ONS mid-year estimate";
    public const string CensusSource = "Census 2021";

    private readonly CsvInput _csv;
    private readonly int? _yearGiven;
    private int _code = -1, _name = -1, _total = -1;
    private (int Column, string Band)[] _ages = [];
    private int _census2011 = -1;

    public PopulationCsvReader(Stream stream, string fileName, int? year = null)
    {
        _csv = new CsvInput(stream, fileName);
        _yearGiven = year;
    }

    public PopulationLayout Layout { get; private set; }

    /// <summary>The year of the estimates (mid-year); for <see cref="PopulationLayout.CensusDistrict"/> the later census year.</summary>
    public int Year { get; private set; }

    public string Source { get; private set; } = MidYearSource;

    public long RowsRead { get; private set; }

    public ImportIssue? FileError { get; private set; }

    /// <summary>The data breaks off before its end (an issue at line 0 says where): the rows read are those before it.</summary>
    public bool Truncated => _csv.Truncated;

    public IReadOnlyList<ImportIssue> Issues => _csv.Issues;

    public bool Open()
    {
        if (!_csv.ReadHeader([], Description))
        {
            FileError = _csv.FileError;
            return false;
        }
        if (_csv.Column("Code") >= 0 && _csv.Column("All ages") >= 0)
        {
            (Layout, _code, _name, _total) = (PopulationLayout.MidYearEstimateByAge, _csv.Column("Code"), _csv.Column("Name"), _csv.Column("All ages"));
        }
        else if (_csv.Column("lsoa11_code") >= 0 && _csv.Column("total_population") >= 0)
        {
            (Layout, _code, _name, _total) = (PopulationLayout.SmallAreaEstimateByAge, _csv.Column("lsoa11_code"), _csv.Column("lsoa11_name"), _csv.Column("total_population"));
        }
        else if (_csv.Column("lsoa21_code") >= 0 && _csv.Column("usual_residents_census2021") >= 0)
        {
            (Layout, _code, _name, _total) = (PopulationLayout.CensusLsoa, _csv.Column("lsoa21_code"), _csv.Column("lsoa21_name"), _csv.Column("usual_residents_census2021"));
            (Year, Source) = (2021, CensusSource);
        }
        else if (_csv.Column("area_code") >= 0 && _csv.Column("all_persons_2021") >= 0)
        {
            (Layout, _code, _name, _total) = (PopulationLayout.CensusDistrict, _csv.Column("area_code"), _csv.Column("area_name"), _csv.Column("all_persons_2021"));
            _census2011 = _csv.Column("all_persons_2011");
            (Year, Source) = (2021, CensusSource);
        }
        else
        {
            FileError = new ImportIssue(_csv.FileName, 1, null, $"this is not {Description}: the header ({string.Join(",", _csv.Header.Take(6))}...) is not one the importer knows.");
            return false;
        }
        if (Layout is PopulationLayout.MidYearEstimateByAge or PopulationLayout.SmallAreaEstimateByAge)
        {
            _ages = AgeColumns(_csv.Header);
            var year = _yearGiven ?? YearFromName(_csv.FileName);
            if (year is null)
            {
                FileError = new ImportIssue(_csv.FileName, 0, null, "the year of the estimates is not in the file or its name (e.g. 'mid2022'): give it with --year.");
                return false;
            }
            Year = year.Value;
        }
        return true;
    }

    public IEnumerable<PopulationEstimate> Rows()
    {
        var pool = new StringPool();
        while (_csv.ReadRow())
        {
            RowsRead++;
            if (!_csv.TryText(_code, "code", pool, out var code)) continue;
            if (!AreaCode.IsWellFormed(code))
            {
                _csv.Quarantine(_csv.Header[_code], $"'{code}' is not an ONS area code (a letter and eight digits).");
                continue;
            }
            var name = default(string);
            if (_name >= 0 && !_csv.TryText(_name, _csv.Header[_name], pool, out name)) continue;
            if (!TryCount(_total, out var total)) continue;
            var good = true;
            var counts = new long[_ages.Length];
            for (var i = 0; i < _ages.Length && good; i++) good = TryCount(_ages[i].Column, out counts[i]);
            if (!good) continue;
            if (_ages.Length > 0 && counts.Sum() != total)
            {
                _csv.Quarantine(_csv.Header[_total], $"the ages add up to {counts.Sum()}, not the total {total}.");
                continue;
            }
            yield return new PopulationEstimate(code, name, Year, Source, PopulationEstimate.AllAges, total);
            for (var i = 0; i < _ages.Length; i++) yield return new PopulationEstimate(code, name, Year, Source, _ages[i].Band, counts[i]);
            if (_census2011 >= 0 && TryCount(_census2011, out var persons2011))
            {
                yield return new PopulationEstimate(code, name, 2011, "Census 2011", PopulationEstimate.AllAges, persons2011);
            }
        }
    }

    /// <summary>More people than live in the United Kingdom (about 69 million) is not a count of one area's residents.</summary>
    private const long MaxCount = 100_000_000;

    private bool TryCount(int column, out long value)
    {
        var bytes = _csv.Bytes(column).Trim(" \""u8);
        if (Utf8Parser.TryParse(bytes, out value, out var used) && used == bytes.Length && value is >= 0 and <= MaxCount) return true;
        // Some ONS tables print counts with thousands separators.
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace(",", "", StringComparison.Ordinal);
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value <= MaxCount) return true;
        _csv.Quarantine(_csv.Header[column], $"'{System.Text.Encoding.UTF8.GetString(bytes)}' is not a count of people.");
        return false;
    }

    /// <summary>Columns headed 0, 1, ... 89 and 90+ (or a last single year); each becomes its own age band.</summary>
    internal static (int Column, string Band)[] AgeColumns(IReadOnlyList<string> header) =>
        header.Select((h, i) => (Column: i, Band: h.Trim()))
            .Where(c => AgeBand().IsMatch(c.Band))
            .ToArray();

    /// <summary>A year in the file name: "mid2022", "mid-2022", "2022", or the ONS small-area style "population20_".</summary>
    internal static int? YearFromName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var m = FourDigitYear().Match(name);
        if (m.Success) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        m = TwoDigitYear().Match(name);
        return m.Success ? 2000 + int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{1,2}\+?$")]
    private static partial Regex AgeBand();

    [GeneratedRegex(@"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"population(\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TwoDigitYear();

    public void Dispose() => _csv.Dispose();
}
