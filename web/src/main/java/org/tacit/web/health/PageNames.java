package org.tacit.web.health;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The name a request is counted under in the request times: one of the portal's own pages
 * ("reports/index"), or "api", "resources", "other". Names come from the pages that exist, never
 * from the address as typed, so that made-up addresses cannot grow the metrics without end.
 */
final class PageNames {

  private static final String PAGES = "/app/";
  private static final String PAGE_SUFFIX = ".xhtml";

  private final Set<String> pages;

  private PageNames(Set<String> pages) {
    this.pages = Set.copyOf(pages);
  }

  /**
   * The pages under /app, found through {@code children}, which lists a folder's entries as the
   * servlet context does (folders end in "/").
   */
  static PageNames found(Function<String, Set<String>> children) {
    Set<String> pages = new TreeSet<>();
    collect(PAGES, children, pages);
    return new PageNames(pages);
  }

  private static void collect(
      String folder, Function<String, Set<String>> children, Set<String> pages) {
    Set<String> entries = children.apply(folder);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        collect(entry, children, pages);
      } else if (entry.endsWith(PAGE_SUFFIX)) {
        pages.add(entry.substring(PAGES.length(), entry.length() - PAGE_SUFFIX.length()));
      }
    }
  }

  /** The name for a request whose servlet path and path info are given. */
  String of(String servletPath, String pathInfo) {
    String path = servletPath + (pathInfo == null ? "" : pathInfo);
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/jakarta.faces.resource/")) {
      return "resources";
    }
    if (path.startsWith(PAGES)) {
      String page = path.substring(PAGES.length());
      if (page.isEmpty() || page.endsWith("/")) {
        page = page + "index"; // a folder's address shows its index page
      } else if (page.endsWith(PAGE_SUFFIX)) {
        page = page.substring(0, page.length() - PAGE_SUFFIX.length());
      }
      if (pages.contains(page)) {
        return page;
      }
    }
    return "other";
  }

  Set<String> pages() {
    return pages;
  }
}
