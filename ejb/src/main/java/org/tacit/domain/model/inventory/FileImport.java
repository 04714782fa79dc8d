package org.tacit.domain.model.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

/**
 * One import of an inventory file, as the cluster knows it: who sent which file, which server works
 * on it and when it last said so, how far it has got, and how it ended. The import itself writes
 * its tasks in one transaction; this row is written apart from it, so that every server shows its
 * progress and a person learns, on any server, that an import whose server stopped stored nothing.
 * Its state changes through single conditional updates ({@code
 * infrastructure.persistence.ImportRepository}), never by loading and saving it, since the import's
 * server and a server that gives it up may write it at the same moment.
 */
@Entity
@Table(name = "inventory_import")
public class FileImport {

  /** RUNNING until the import's transaction commits DONE, or until it is given up or fails. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** As long as the column; a browser may send a longer name, which is cut, never refused. */
  public static final int MAX_FILE_NAME = 255;

  private static final int MAX_DEPARTMENTS = 2000;
  private static final int MAX_ARGUMENTS = 1000;

  /** Between a reason's arguments: a control character no argument of ours contains. */
  private static final String BETWEEN = "\u001f";

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_import_seq")
  @SequenceGenerator(
      name = "inventory_import_seq",
      sequenceName = "inventory_import_seq",
      allocationSize = 1)
  private Long id;

  /**
   * Changes when the import ends, whoever ends it: a heartbeat leaves it alone, so that only the
   * import that started from it can mark it done.
   */
  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;

  /** As the person's browser named it: their text, shown only encoded. */
  @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
  private String fileName;

  /** The codes of the departments the import changed, space-separated; known once it is done. */
  @Column(length = MAX_DEPARTMENTS)
  private String departments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ImportProgress.Phase phase;

  @Column(name = "rows_done", nullable = false)
  private int rowsDone;

  /** {@link ImportProgress#UNKNOWN_TOTAL} while reading. */
  @Column(name = "rows_total", nullable = false)
  private int rowsTotal;

  @Column(name = "heartbeat_at", nullable = false)
  private Instant heartbeatAt;

  /** The server that claimed the import: the one whose heartbeat keeps it alive. */
  @Column(nullable = false, length = 100)
  private String server;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "tasks_imported", nullable = false)
  private int tasksImported;

  /** Why it failed, as a key of the bundle, so that each reader reads it in their language. */
  @Column(name = "reason_key", length = 100)
  private String reasonKey;

  @Column(name = "reason_arguments", length = MAX_ARGUMENTS)
  private String reasonArguments;

  protected FileImport() {} // for JPA

  public FileImport(String startedBy, String fileName, String server, Instant at) {
    this.startedBy = requireNonNull(startedBy, "startedBy");
    this.fileName = cut(printable(requireNonNull(fileName, "fileName")), MAX_FILE_NAME);
    this.server = cut(requireNonNull(server, "server"), 100);
    this.startedAt = requireNonNull(at, "at");
    this.heartbeatAt = at;
    this.state = State.RUNNING;
    this.phase = ImportProgress.Phase.READING;
    this.rowsTotal = ImportProgress.UNKNOWN_TOTAL;
  }

  /** The departments column for {@code codes}: as many as fit, in order. */
  public static String departmentsColumn(List<String> codes) {
    StringBuilder column = new StringBuilder();
    for (String code : codes) {
      if (column.length() + code.length() + 1 > MAX_DEPARTMENTS) {
        break;
      }
      column.append(column.length() == 0 ? "" : " ").append(code);
    }
    return column.length() == 0 ? null : column.toString();
  }

  /**
   * The arguments column for a reason; only counts, names of servers and of errors are ever given,
   * never a person's text.
   */
  public static String argumentsColumn(List<Object> arguments) {
    return arguments.isEmpty()
        ? null
        : cut(
            arguments.stream().map(String::valueOf).collect(Collectors.joining(BETWEEN)),
            MAX_ARGUMENTS);
  }

  /** Cut to {@code max} characters, never between the two halves of one. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
  }

  /**
   * A name with its control characters (line breaks, NUL, which PostgreSQL refuses to store) shown
   * as the replacement character: a name is one line of text.
   */
  private static String printable(String name) {
    StringBuilder shown = new StringBuilder(name.length());
    name.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
    return shown.toString();
  }

  public Long id() {
    return id;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public String startedBy() {
    return startedBy;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> departments() {
    return departments == null ? List.of() : List.of(departments.split(" "));
  }

  public State state() {
    return state;
  }

  public ImportProgress.Phase phase() {
    return phase;
  }

  public int rowsDone() {
    return rowsDone;
  }

  public int rowsTotal() {
    return rowsTotal;
  }

  public Instant heartbeatAt() {
    return heartbeatAt;
  }

  public String server() {
    return server;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public int tasksImported() {
    return tasksImported;
  }

  /** Why it failed, with whole numbers as numbers again, for the bundle's plurals. */
  public Optional<Sentence> reason() {
    if (reasonKey == null) {
      return Optional.empty();
    }
    List<Object> arguments =
        reasonArguments == null
            ? List.of()
            : Arrays.stream(reasonArguments.split(BETWEEN, -1))
                .map(a -> WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.valueOf(a) : a)
                .toList();
    return Optional.of(new Sentence(reasonKey, arguments));
  }
}
