using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Shared;

/// <summary>The page shown for a status code (status code pages re-execute here): plain words, no detail of the failure.</summary>
/// <remarks>
/// A form posted without a valid anti-forgery token is re-executed here as a POST: the page must not ask for the token
/// itself, or the answer is an empty 400 instead of the page that says the form expired.
/// </remarks>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The page could not be shown. Try again; if it happens again, tell your administrator.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code)
    {
        Describe(code);
        // A form refused with 400 is nearly always one whose anti-forgery token is missing or stale (an old tab, a sign-in since).
        if (code == 400) (Title, Explanation) = ("This form has expired", "The page was open for too long, or you signed in or out in another tab since it opened. Go back, reload the page and send the form again.");
    }

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            403 => ("You do not have access to this page", "Your role does not include this part of CSP Workbench. Ask your administrator if you need it."),
            404 => ("Page not found", "There is no page at this address."),
            400 => ("The request could not be accepted", "The form may have expired. Go back, reload the page and try again."),
            429 => ("Too many attempts", "Wait a minute before trying again."),
            _ => (Title, Explanation),
        };
        if (code is { } c && HttpContext.Response.StatusCode == 200) HttpContext.Response.StatusCode = c;
    }
}
