package fi.verso.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The record is not there, or not where the address says (another child's period): a 404 either way. */
final class NotFound extends ResponseStatusException {
  NotFound() {
    super(HttpStatus.NOT_FOUND);
  }
}
