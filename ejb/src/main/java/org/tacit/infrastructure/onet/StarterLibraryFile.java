package org.tacit.infrastructure.onet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OccupationTaskDraft;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;

/**
 * The starter library the product ships ({@value #RESOURCE}): O*NET 27.0's occupations and tasks
 * with their ratings, in the compact layout {@code config/onet/make-starter-library.py} writes (a
 * gzip of tab-separated lines: R release, O occupation, T task of the occupation above, with the
 * ids of the detailed work activities O*NET links it to).
 */
public final class StarterLibraryFile {

  public static final String RESOURCE = "onet/onet-starter-library.tsv.gz";

  private StarterLibraryFile() {}

  /** The starter library from the class path. */
  public static LibraryDraft bundled() throws IOException {
    try (InputStream in = StarterLibraryFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("The starter library " + RESOURCE + " is not on the class path.");
      }
      return read(in);
    }
  }

  static LibraryDraft read(InputStream gzip) throws IOException {
    String release = null;
    List<OccupationDraft> occupations = new ArrayList<>();
    String[] occupation = null;
    List<OccupationTaskDraft> tasks = new ArrayList<>();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "R" -> release = f[1];
        case "O" -> {
          if (occupation != null) {
            occupations.add(occupation(occupation, tasks));
          }
          occupation = f;
          tasks = new ArrayList<>();
        }
        case "T" ->
            tasks.add(
                new OccupationTaskDraft(
                    Long.parseLong(f[1]),
                    f[5],
                    type(f[2]),
                    TaskRating.of(number(f[3]), number(f[4])),
                    activities(f)));
        default ->
            throw new IOException("The starter library has a line of unknown kind '" + f[0] + "'.");
      }
    }
    if (occupation != null) {
      occupations.add(occupation(occupation, tasks));
    }
    if (release == null) {
      throw new IOException("The starter library does not name its release.");
    }
    return new LibraryDraft(release, occupations);
  }

  private static OccupationDraft occupation(String[] f, List<OccupationTaskDraft> tasks) {
    Integer zone = f[3].isEmpty() ? null : Integer.valueOf(f[3]);
    OnTheJobTraining training =
        f[4].isEmpty()
            ? null
            : OnTheJobTraining.medianOf(
                    Arrays.stream(f[4].split(",")).map(BigDecimal::new).toList())
                .orElse(null);
    return new OccupationDraft(f[1], f[2], f[5], zone, training, tasks);
  }

  /**
   * The sixth field, a comma-separated list of DWA ids; absent in a file written before it existed.
   */
  private static ActivityProfile activities(String[] f) {
    return f.length < 7 || f[6].isEmpty()
        ? ActivityProfile.NONE
        : ActivityProfile.of(Arrays.asList(f[6].split(",")));
  }

  private static TaskType type(String letter) {
    return switch (letter) {
      case "C" -> TaskType.CORE;
      case "S" -> TaskType.SUPPLEMENTAL;
      default -> null;
    };
  }

  private static BigDecimal number(String text) {
    return Optional.of(text).filter(t -> !t.isEmpty()).map(BigDecimal::new).orElse(null);
  }
}
