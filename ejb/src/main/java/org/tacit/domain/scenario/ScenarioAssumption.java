package org.tacit.domain.scenario;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tacit.text.Words;

/**
 * Each assumption of a scenario as one descriptor: its field (the API's JSON field, the form's
 * input, the bundle's {@code assumption.<field>.*} words), how a person enters it and how it reads.
 * The editor, the API body, the Reports page's table and the board PDF's appendix all go through
 * this list, so an assumption is added here, in {@link Scenario} and in the bundle, and nowhere
 * else.
 *
 * <p>A person enters a plain value: a {@code Double}, an {@code Integer}, a {@code YearMonth}, or
 * for continual learning a year or null for never.
 */
public enum ScenarioAssumption {
  HORIZON_HOURS("horizonHours", Entry.decimal(4, 2, 1_000_000), Scenario::horizonHours),
  HORIZON_MEASURED("horizonMeasured", Entry.MONTH, Scenario::horizonMeasured),
  DOUBLING_MONTHS("doublingMonths", Entry.decimal(2, 2, 1200), Scenario::doublingMonths),
  REAL_WORK_SHARE("realWorkShare", Entry.SHARE, Scenario::realWorkShare),
  RELIABLE_HORIZON_SHARE("reliableHorizonShare", Entry.SHARE, Scenario::reliableHorizonShare),
  HALF_HORIZON_UP_TO_ERROR_COST(
      "halfHorizonUpToErrorCost", Entry.ERROR_COST, Scenario::halfHorizonUpToErrorCost),
  RELIABLE_HORIZON_FROM_ERROR_COST(
      "reliableHorizonFromErrorCost", Entry.ERROR_COST, Scenario::reliableHorizonFromErrorCost),
  CONTINUAL_LEARNING("continualLearningYear", Entry.YEAR_OR_NEVER, Scenario::continualLearning),
  CAPTURE_OF_FRAGMENTS("captureOfFragments", Entry.SHARE, Scenario::captureOfFragments),
  ADOPTION_YEARS("adoptionYears", Entry.whole(1, 100), Scenario::adoptionYears),
  FIRST_YEAR("firstYear", Entry.YEAR, Scenario::firstYear),
  LAST_YEAR("lastYear", Entry.YEAR, Scenario::lastYear);

  /** How a value is entered and read. */
  public enum Kind {
    DECIMAL,
    WHOLE,
    YEAR,
    MONTH,
    YEAR_OR_NEVER
  }

  /**
   * How a person enters one assumption.
   *
   * @param places the decimals the editor takes (0 for whole numbers)
   * @param shownPlaces the decimals a reader sees, at most
   * @param min the least value the editor takes
   * @param max the greatest value the editor takes
   */
  public record Entry(Kind kind, int places, int shownPlaces, long min, long max) {

    static final Entry MONTH = new Entry(Kind.MONTH, 0, 0, 0, 0);
    static final Entry YEAR = new Entry(Kind.YEAR, 0, 0, 1900, 9999);
    static final Entry YEAR_OR_NEVER = new Entry(Kind.YEAR_OR_NEVER, 0, 0, 1900, 9999);
    static final Entry SHARE = decimal(3, 3, 1);
    static final Entry ERROR_COST = whole(1, 5);

    static Entry decimal(int places, int shownPlaces, long max) {
      return new Entry(Kind.DECIMAL, places, shownPlaces, 0, max);
    }

    static Entry whole(long min, long max) {
      return new Entry(Kind.WHOLE, 0, 0, min, max);
    }

    /** Whether a person must give a value: only continual learning may stay empty (never). */
    public boolean required() {
      return kind != Kind.YEAR_OR_NEVER;
    }

    public boolean isDecimal() {
      return kind == Kind.DECIMAL;
    }

    /** Whole numbers and years, entered as integers. */
    public boolean isWhole() {
      return kind == Kind.WHOLE || kind == Kind.YEAR || kind == Kind.YEAR_OR_NEVER;
    }

    public boolean isMonth() {
      return kind == Kind.MONTH;
    }

    /** Years are written without a thousands separator. */
    public boolean isYear() {
      return kind == Kind.YEAR || kind == Kind.YEAR_OR_NEVER;
    }
  }

  private final String field;
  private final Entry entry;
  private final Function<Scenario, Assumption<?>> in;

  ScenarioAssumption(String field, Entry entry, Function<Scenario, Assumption<?>> in) {
    this.field = field;
    this.entry = entry;
    this.in = in;
  }

  /** The name of its JSON field and of its words in the bundle, such as {@code doublingMonths}. */
  public String field() {
    return field;
  }

  /** The id of its input in the editor, such as {@code doubling-months}. */
  public String inputId() {
    return field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  public Entry entry() {
    return entry;
  }

  /** Its assumption in {@code scenario}. */
  public Assumption<?> in(Scenario scenario) {
    return in.apply(scenario);
  }

  /** Its value in {@code scenario}, plain as a person enters it. */
  public Object value(Scenario scenario) {
    return plain(in(scenario).value());
  }

  /** Its default in {@code scenario}, plain as a person enters it. */
  public Object defaultValue(Scenario scenario) {
    return plain(in(scenario).defaultValue());
  }

  /** The one taking {@code field}, or null. */
  public static ScenarioAssumption byField(String field) {
    for (ScenarioAssumption a : values()) {
      if (a.field.equals(field)) {
        return a;
      }
    }
    return null;
  }

  /**
   * {@code base} named {@code name} with the plain {@code values} a person entered, every default
   * and source kept from {@code base}. A decimal equal to its default as the editor rounds it is
   * the default itself, so a horizon left as shown keeps following the fitted trend. The scenario
   * checks the values together and refuses them with the reason.
   */
  public static Scenario scenario(
      String name, Scenario base, Map<ScenarioAssumption, Object> values) {
    List<Assumption<?>> assumptions = new ArrayList<>();
    for (ScenarioAssumption a : values()) {
      assumptions.add(a.with(a.in(base), values.containsKey(a) ? values.get(a) : a.value(base)));
    }
    return Scenario.of(name, assumptions);
  }

  /** The plain values of {@code scenario}, each as a person enters it. */
  public static Map<ScenarioAssumption, Object> values(Scenario scenario) {
    Map<ScenarioAssumption, Object> values = new EnumMap<>(ScenarioAssumption.class);
    for (ScenarioAssumption a : values()) {
      values.put(a, a.value(scenario));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private <T> Assumption<T> with(Assumption<T> base, Object plain) {
    return base.with((T) typed(plain, base.defaultValue()));
  }

  private Object typed(Object plain, Object defaultValue) {
    return switch (entry.kind) {
      case DECIMAL -> sameAsShown(decimal(plain), (Double) defaultValue);
      case WHOLE, YEAR -> whole(plain);
      case MONTH -> month(plain);
      case YEAR_OR_NEVER ->
          plain == null ? ContinualLearning.never() : ContinualLearning.in(whole(plain));
    };
  }

  private double sameAsShown(double value, double defaultValue) {
    return Math.abs(value - defaultValue) < 0.5 * Math.pow(10, -entry.places)
        ? defaultValue
        : value;
  }

  private double decimal(Object plain) {
    return plain instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private int whole(Object plain) {
    if (!(plain instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new ScenarioRefused("whole");
    }
    return n.intValue();
  }

  private YearMonth month(Object plain) {
    if (!(plain instanceof YearMonth month)) {
      throw new ScenarioRefused("month");
    }
    return month;
  }

  private static Object plain(Object value) {
    if (value instanceof ContinualLearning learning) {
      return learning.year().isPresent() ? learning.year().getAsInt() : null;
    }
    return value;
  }

  /** What is assumed, in the reader's words. */
  public String name(Words words) {
    return words.text("assumption." + field + ".name");
  }

  /**
   * Where its default comes from, in the reader's words; {@code facts} fill the sentence (such as
   * how many measurements a fitted trend rests on).
   */
  public String source(List<Object> facts, Words words) {
    return words.text("assumption." + field + ".source", facts.toArray());
  }

  /**
   * A plain value as a reader reads it: 0.15, 2025-03 (a {@code YearMonth} or its text) as "Mar
   * 2025", null as "never".
   */
  public String shown(Object plain, Words words) {
    return switch (entry.kind) {
      case DECIMAL -> {
        NumberFormat format = NumberFormat.getNumberInstance(words.locale());
        format.setMaximumFractionDigits(entry.shownPlaces);
        yield format.format(plain);
      }
      case WHOLE -> NumberFormat.getIntegerInstance(words.locale()).format(plain);
      case YEAR -> String.valueOf(plain);
      case MONTH ->
          DateTimeFormatter.ofPattern("MMM yyyy", words.locale())
              .format(plain instanceof YearMonth month ? month : YearMonth.parse(plain.toString()));
      case YEAR_OR_NEVER -> plain == null ? words.text("assumption.never") : String.valueOf(plain);
    };
  }
}
