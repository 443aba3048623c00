package com.isocourse.server.archfixtures.visibility;

/** Planted: a public class that no other package uses (it should be package-private). */
public final class PlantedLonely {
  private PlantedLonely() {}

  public static int answer() {
    return 42;
  }
}
