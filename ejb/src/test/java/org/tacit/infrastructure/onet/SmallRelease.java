package org.tacit.infrastructure.onet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A release of two occupations in O*NET's official text layout (the real column headers, tab
 * separated, UTF-8), written as a folder or as a ZIP with the files under {@code db_27_0_text/} as
 * O*NET publishes it. Files can be replaced or left out to make a broken release.
 */
public final class SmallRelease {

  public static final String CLERKS = "43-3031.00";
  public static final String DEVELOPERS = "15-1252.00";

  private final Map<String, String> files = new LinkedHashMap<>();

  private SmallRelease() {
    files.put("Read Me.txt", "O*NET 27.0 Database\nAugust 2022 Release\n");
    files.put(
        "Occupation Data.txt",
        lines(
            "O*NET-SOC Code\tTitle\tDescription",
            CLERKS
                + "\tBookkeeping, Accounting, and Auditing Clerks\tCompute, classify, and record"
                + " numerical data.",
            DEVELOPERS
                + "\tSoftware Developers\tResearch, design, and develop computer and network"
                + " software."));
    files.put(
        "Task Statements.txt",
        lines(
            "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source",
            CLERKS
                + "\t1001\tOperate computers programmed with accounting software.\tCore\t50"
                + "\t08/2020\tIncumbent",
            CLERKS
                + "\t1002\tCheck figures, postings, and documents for correct entry.\tCore\t50"
                + "\t08/2020\tIncumbent",
            CLERKS
                + "\t1003\tReconcile records of bank transactions.\tSupplemental\t50\t08/2020"
                + "\tIncumbent",
            DEVELOPERS
                + "\t2001\tAnalyze user needs and software requirements.\tCore\t40\t08/2021"
                + "\tIncumbent",
            DEVELOPERS
                + "\t2002\tConfer with systems analysts about “résumé” parsing.\tn/a\tn/a\t08/2021"
                + "\tAnalyst"));
    files.put(
        "Job Zones.txt",
        lines(
            "O*NET-SOC Code\tJob Zone\tDate\tDomain Source",
            CLERKS + "\t3\t08/2020\tAnalyst",
            DEVELOPERS + "\t4\t08/2021\tAnalyst"));
    StringBuilder training =
        new StringBuilder(
            "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard"
                + " Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain"
                + " Source\n");
    training
        .append(CLERKS)
        .append(
            "\t2.D.1\tRequired Level of Education\tRL\t1\t80.00\t27\t0.00\tn/a\tn/a\tN\t08/2020"
                + "\tIncumbent\n");
    String[] percentages = {
      "10.00", "20.00", "30.00", "20.00", "10.00", "5.00", "5.00", "0.00", "0.00"
    };
    for (int category = 1; category <= 9; category++) {
      training
          .append(CLERKS)
          .append("\t3.A.3\tOn-the-Job Training\tOJ\t")
          .append(category)
          .append('\t')
          .append(percentages[category - 1])
          .append("\t27\t1.00\t0.5\t2.5\tN\t08/2020\tIncumbent\n");
    }
    files.put("Education, Training, and Experience.txt", training.toString());
    files.put(
        "Task Ratings.txt",
        lines(
            "O*NET-SOC Code\tTask ID\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI"
                + " Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source",
            rating(CLERKS, 1001, "FT", "7", "100.00"),
            rating(CLERKS, 1001, "IM", "n/a", "4.50"),
            rating(CLERKS, 1001, "RT", "n/a", "98.00"),
            rating(CLERKS, 1002, "FT", "5", "50.00"),
            rating(CLERKS, 1002, "FT", "6", "50.00"),
            rating(CLERKS, 1002, "IM", "n/a", "4.00"),
            rating(CLERKS, 1003, "FT", "3", "100.00"),
            rating(CLERKS, 1003, "IM", "n/a", "3.00")));
    files.put(
        "DWA Reference.txt",
        lines(
            "Element ID\tIWA ID\tDWA ID\tDWA Title",
            "4.A.3.b.1\t4.A.3.b.1.I05\t4.A.3.b.1.I05.D03\tEnter information into databases or"
                + " software programs.",
            "4.A.2.a.3\t4.A.2.a.3.I01\t4.A.2.a.3.I01.D02\tVerify accuracy of financial"
                + " information.",
            "4.A.2.a.4\t4.A.2.a.4.I04\t4.A.2.a.4.I04.D01\tAnalyze project data to determine"
                + " specifications or requirements.",
            "4.A.4.a.2\t4.A.4.a.2.I03\t4.A.4.a.2.I03.D01\tCollaborate with others to determine"
                + " design specifications or details.",
            "4.A.3.a.2\t4.A.3.a.2.I19\t4.A.3.a.2.I19.D01\tSort mail."));
    files.put(
        "Tasks to DWAs.txt",
        lines(
            "O*NET-SOC Code\tTask ID\tDWA ID\tDate\tDomain Source",
            CLERKS + "\t1001\t4.A.3.b.1.I05.D03\t03/2014\tAnalyst",
            CLERKS + "\t1002\t4.A.2.a.3.I01.D02\t03/2014\tAnalyst",
            DEVELOPERS + "\t2001\t4.A.2.a.4.I04.D01\t03/2014\tAnalyst",
            DEVELOPERS + "\t2001\t4.A.4.a.2.I03.D01\t03/2014\tAnalyst",
            DEVELOPERS + "\t2002\t4.A.4.a.2.I03.D01\t03/2014\tAnalyst"));
    files.put("Work Context.txt", "not read: the reader opens only the files it needs\n");
  }

  public static SmallRelease official() {
    return new SmallRelease();
  }

  public SmallRelease with(String fileName, String content) {
    files.put(fileName, content);
    return this;
  }

  public SmallRelease without(String fileName) {
    files.remove(fileName);
    return this;
  }

  /** The files in {@code folder}, which is created. */
  public Path asFolder(Path folder) {
    try {
      Files.createDirectories(folder);
      for (var file : files.entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), UTF_8);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ZIP with the files under db_27_0_text/, as O*NET publishes it. */
  public Path asZip(Path zip) {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      entries.putNextEntry(new ZipEntry("db_27_0_text/"));
      for (var file : files.entrySet()) {
        entries.putNextEntry(new ZipEntry("db_27_0_text/" + file.getKey()));
        entries.write(file.getValue().getBytes(UTF_8));
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rating(
      String code, long task, String scale, String category, String value) {
    return String.join(
        "\t",
        code,
        String.valueOf(task),
        scale,
        category,
        value,
        "30",
        "2.0",
        "n/a",
        "n/a",
        "N",
        "08/2020",
        "Incumbent");
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
