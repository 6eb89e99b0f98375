package fi.verso.reporting;

import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.calendar.WorkingDays;
import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.Msg;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.CurrentActor;
import fi.verso.shared.security.RequiresAction;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The team lead's THL processing-time report for the county: the page and its CSV download. */
@Controller
class ThlReportController {
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final ThlReports reports;
  private final MessageSource messages;

  ThlReportController(ThlReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/employee/reports/thl")
  @RequiresAction(Action.THL_REPORT_VIEW)
  String page(@RequestParam(name = "period", required = false) String period, HttpServletRequest request, Model model) {
    model.addAttribute("page", report(period, request));
    return "reporting/thl";
  }

  @GetMapping("/employee/reports/thl.csv")
  @RequiresAction(Action.THL_REPORT_VIEW)
  ResponseEntity<byte[]> csv(@RequestParam(name = "period", required = false) String period, HttpServletRequest request) {
    ThlReportPage page = report(period, request);
    String filename = "thl-" + page.periodCode() + "-" + reports.county().code() + ".csv";
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(ThlReportView.csv(page, msg(request)));
  }

  private ThlReportPage report(String periodCode, HttpServletRequest request) {
    ThlReportingPeriod period = period(periodCode);
    Msg msg = msg(request);
    return ThlReportView.page(
        reports.figures(period, CurrentActor.get()),
        reports.selectable(),
        reports.county().name(msg.language()),
        reports.today(),
        msg);
  }

  /** The latest ended period unless one is asked for; not one that has not started, nor before 1992. */
  private ThlReportingPeriod period(String code) {
    if (code == null || code.isBlank()) {
      return reports.latestEnded();
    }
    try {
      ThlReportingPeriod period = ThlReportingPeriod.parse(code.trim());
      if (period.start().isAfter(reports.today()) || period.startYear() < WorkingDays.FIRST_SUPPORTED_YEAR) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
      return period;
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private Msg msg(HttpServletRequest request) {
    return new Msg(messages, I18nConfig.current(request));
  }
}
