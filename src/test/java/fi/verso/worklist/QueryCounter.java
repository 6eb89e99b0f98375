package fi.verso.worklist;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements the current thread sends while a piece of code runs, to show that a page is one query
 * however many rows it has. Import {@link Config} into a test to wrap the application's DataSource.
 */
public final class QueryCounter {
  private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

  private QueryCounter() {}

  public interface Work {
    void run() throws Exception;
  }

  /** The statements sent by this thread while {@code work} ran, in order. */
  public static List<String> during(Work work) throws Exception {
    RECORDED.set(new ArrayList<>());
    try {
      work.run();
      return List.copyOf(RECORDED.get());
    } finally {
      RECORDED.remove();
    }
  }

  /** Only the reads among the statements. */
  public static List<String> selects(List<String> statements) {
    return statements.stream()
        .filter(s -> {
          String start = s.strip().toLowerCase(Locale.ROOT);
          return start.startsWith("select") || start.startsWith("with");
        })
        .toList();
  }

  private static void record(String sql) {
    List<String> recorded = RECORDED.get();
    if (recorded != null) {
      recorded.add(sql);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    static BeanPostProcessor queryCountingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
        }
      };
    }
  }

  /** A DataSource whose connections report the SQL they prepare or execute. */
  static final class Counting extends DelegatingDataSource implements AutoCloseable {
    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }

    @Override
    public void close() throws Exception {
      if (getTargetDataSource() instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }

    private static Connection wrap(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              QueryCounter.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                    && args != null && args[0] instanceof String sql) {
                  record(sql);
                }
                Object result = invoke(method, connection, args);
                if (method.getName().equals("createStatement") && result instanceof Statement statement) {
                  return wrap(statement);
                }
                return result;
              });
    }

    private static Statement wrap(Statement statement) {
      return (Statement)
          Proxy.newProxyInstance(
              QueryCounter.class.getClassLoader(),
              new Class<?>[] {Statement.class},
              (proxy, method, args) -> {
                if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                  record(sql);
                }
                return invoke(method, statement, args);
              });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
