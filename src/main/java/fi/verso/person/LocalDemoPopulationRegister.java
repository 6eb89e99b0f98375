package fi.verso.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A local stand-in for the population register holding invented demo families (temporary individual numbers
 * 900-999, which the real register never issues to people). Active unless another register is configured
 * ({@code verso.population-register}).
 */
@Component
@ConditionalOnProperty(name = "verso.population-register", havingValue = "local-demo", matchIfMissing = true)
public class LocalDemoPopulationRegister implements PopulationRegister {

  static final List<RegisterPerson> PEOPLE =
      List.of(
          // Onni Virtanen (12) and his guardians in Mikkeli.
          new RegisterPerson("150514A903E", "Onni", "Virtanen", LocalDate.of(2014, 5, 15),
              "Demokatu 1 A 2", "50100", "Mikkeli", "491", "fi", false, List.of("030385-902C", "110682-9037")),
          new RegisterPerson("030385-902C", "Sanna", "Virtanen", LocalDate.of(1985, 3, 3),
              "Demokatu 1 A 2", "50100", "Mikkeli", "491", "fi", false, List.of()),
          new RegisterPerson("110682-9037", "Jari", "Virtanen", LocalDate.of(1982, 6, 11),
              "Demokatu 1 A 2", "50100", "Mikkeli", "491", "fi", false, List.of()),
          // Liisa Lind (8), Swedish-speaking, under a non-disclosure order (turvakielto), with her guardian.
          new RegisterPerson("200318A9033", "Liisa", "Lind", LocalDate.of(2018, 3, 20),
              "Salainen osoite 9", "51200", "Kangasniemi", "213", "sv", true, List.of("041190-904U")),
          new RegisterPerson("041190-904U", "Maria", "Lind", LocalDate.of(1990, 11, 4),
              "Salainen osoite 9", "51200", "Kangasniemi", "213", "sv", true, List.of()),
          // Eetu Nieminen (14) with one guardian in Kangasniemi.
          new RegisterPerson("070912A902Y", "Eetu", "Nieminen", LocalDate.of(2012, 9, 7),
              "Kokeilutie 5", "51200", "Kangasniemi", "213", "fi", false, List.of("250979-901U")),
          new RegisterPerson("250979-901U", "Tuula", "Nieminen", LocalDate.of(1979, 9, 25),
              "Kokeilutie 5", "51200", "Kangasniemi", "213", "fi", false, List.of()));

  private static final Map<String, RegisterPerson> BY_CODE =
      PEOPLE.stream().collect(Collectors.toMap(RegisterPerson::personalIdentityCode, Function.identity()));

  @Override
  public Optional<RegisterPerson> find(PersonalIdentityCode code) {
    return Optional.ofNullable(BY_CODE.get(code.value()));
  }
}
