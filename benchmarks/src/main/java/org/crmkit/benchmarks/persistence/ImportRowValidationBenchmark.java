package org.crmkit.benchmarks.persistence;

import java.util.concurrent.TimeUnit;

import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.PhoneNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What reading one contact channel of an import row costs, the way {@code BulkImport} did it
 * ({@code Channel.phone(PhoneNumber.of(raw))}: the parser and the record's canonical constructor each run
 * libphonenumber's parse + isValidNumber + format, and the channel's constructor does both again) and the way it does
 * it now ({@code new Channel(PHONE, raw, null)}: the channel's constructor reads the raw value once). Each call reads
 * a different number of the same shape (the import benchmark's), so nothing is cached.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
public class ImportRowValidationBenchmark {
    private int n;

    private String phone() {
        n = (n + 7_919) % 9_000_000;
        return ImportThroughputBenchmark.typedPhone(n);
    }

    private String email() {
        n = (n + 7_919) % 9_000_000;
        return ImportThroughputBenchmark.email(n);
    }

    @Benchmark
    public PhoneNumber phoneNumberOnly() {
        return PhoneNumber.of(phone());
    }

    @Benchmark
    public Channel phoneChannelBefore() {
        return Channel.phone(PhoneNumber.of(phone()));
    }

    @Benchmark
    public Channel phoneChannelNow() {
        return new Channel(ChannelType.PHONE, phone(), null);
    }

    @Benchmark
    public Channel emailChannelBefore() {
        return Channel.email(EmailAddress.of(email()));
    }

    @Benchmark
    public Channel emailChannelNow() {
        return new Channel(ChannelType.EMAIL, email(), null);
    }
}
