package org.tacit.it;

import java.util.List;

/** The demo users of config/keycloak/tacit-realm.json and what each should see. */
public enum DemoUser {
  ADA(
      "ada",
      "Ada Admin",
      "Administrator",
      "All departments",
      List.of("Inventory", "O*NET library", "Assessment", "Reports", "Admin", "Method")),
  SAM(
      "sam",
      "Sam Analyst",
      "Strategy analyst",
      "All departments",
      List.of("Inventory", "O*NET library", "Assessment", "Reports", "Method")),
  HEDDA(
      "hedda",
      "Hedda Editor",
      "HR editor",
      "FIN",
      List.of("Inventory", "O*NET library", "Assessment", "Reports", "Method")),
  VIC(
      "vic",
      "Vic Viewer",
      "Viewer",
      "OPS",
      List.of("Inventory", "O*NET library", "Reports", "Method"));

  public static final String PASSWORD = "demo";

  private final String username;
  private final String displayName;
  private final String roleLabel;
  private final String departments;
  private final List<String> navigation;

  DemoUser(
      String username,
      String displayName,
      String roleLabel,
      String departments,
      List<String> navigation) {
    this.username = username;
    this.displayName = displayName;
    this.roleLabel = roleLabel;
    this.departments = departments;
    this.navigation = navigation;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String roleLabel() {
    return roleLabel;
  }

  public String departments() {
    return departments;
  }

  public List<String> navigation() {
    return navigation;
  }
}
