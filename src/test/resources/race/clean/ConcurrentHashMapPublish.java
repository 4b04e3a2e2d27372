import java.util.concurrent.ConcurrentHashMap;

/** An object with plain fields is put() into a ConcurrentHashMap; another thread get()s it and reads them. */
public class ConcurrentHashMapPublish {
    static class Account {
        String owner;
        long balance;
    }

    public static void run() throws Exception {
        ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
        long[] seen = new long[1];
        Thread reader = new Thread(() -> {
            Account a;
            while ((a = accounts.get("ann")) == null) {
                Thread.onSpinWait();
            }
            seen[0] = a.balance + a.owner.length();
        });
        reader.start();
        Account a = new Account();
        a.owner = "ann";
        a.balance = 100;
        accounts.put("ann", a);
        reader.join();
        if (seen[0] != 103) {
            throw new AssertionError(seen[0]);
        }
    }
}
