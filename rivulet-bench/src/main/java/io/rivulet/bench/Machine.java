package io.rivulet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the figures were measured on: printed at the top of the results. */
record Machine(
        String cpu,
        int cores,
        String memory,
        String os,
        String jdk,
        String spark,
        String date,
        String loadAtStart,
        String loadAtEnd) {

    static Machine describe(String sparkVersion) {
        return new Machine(
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                totalMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                sparkVersion,
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)),
                loadAverage(),
                "");
    }

    Machine withLoadAtEnd(String load) {
        return new Machine(cpu, cores, memory, os, jdk, spark, date, loadAtStart, load);
    }

    /** The 1, 5 and 15 minute load averages, from {@code /proc/loadavg}. */
    static String loadAverage() {
        String[] fields = read("/proc/loadavg").split("\\s+");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "?";
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo")
                .lines()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("?");
    }

    private static String totalMemory() {
        return read("/proc/meminfo")
                .lines()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                })
                .findFirst()
                .orElse("?");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
