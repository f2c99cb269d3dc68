# Compliant: restaurants, groceries, food & drink (non-alcoholic), meal kits, cafes.
DATA = r"""
@ vertical=restaurants lang=en
Taco Tuesday, $2 Tacos | Al pastor, carnitas and veggie tacos all day every Tuesday at Casa Lupe, 4th Street.
Order Pizza Online | Large one-topping pizza $11.99 for pickup. Ready in 15 minutes.
Brunch Is Back | Bottomless coffee, buttermilk pancakes and shakshuka. Weekends 9-3 at The Copper Pan.
Now Delivering to Eastside | Thai Orchid now delivers to zip codes 98102-98112. Free delivery on orders over $30.
Kids Eat Free Mondays | One free kids' meal with every adult entrée at Maple Grill. Dine-in only.
Ramen Worth the Wait | 18-hour tonkotsu broth, hand-pulled noodles. Open till midnight Fri & Sat.
Catering for Your Office | Boxed lunches from $12 a person. Order by 3pm for next-day delivery.
Vegan Burgers That Convert Skeptics | Smashed plant patties, house pickles, potato buns. Try one at Greenleaf.
Lunch Special $9.95 | Soup, half sandwich and a drink at Dellwood Deli, 11am-2pm weekdays.
Book Your Holiday Party | Private dining room for up to 40 guests. Set menus from $45 per person.
Fresh Sushi, Made to Order | Omakase counter seats now bookable online at Kaito. Thursday to Sunday.
Family Meal Deal | 8-piece chicken, 2 large sides and 4 biscuits for $24.99.
New on the Menu: Birria | Slow-braised beef tacos with consommé for dipping. Available while it lasts.
Breakfast All Day | Eggs, hash browns and bottomless drip coffee at Sunnyside Diner, open 24 hours.
Gluten-Free Bakery | Dedicated gluten-free kitchen. Sourdough, cinnamon rolls and birthday cakes.
Drive-Thru Open Late | Burgers, fries and shakes until 2am at Route 9 Burger.
Fine Dining, Seasonal Menu | Seven-course tasting menu highlighting Hudson Valley farms. Reservations open 30 days out.
Get 20% Off Your First Order | Download the Fennel app and save on your first delivery from any restaurant.
Dim Sum Weekends | Carts roll 10am-3pm Saturday and Sunday. Large tables for families.
Halal Grill Now Open | Charcoal kebabs, rice platters and fresh naan. Grand opening 10% off all week.
Soup Season | Six homemade soups daily at Ladle & Loaf. Quarts to go, $9.
Rooftop Dining With a View | Mediterranean small plates overlooking the harbor. Heated terrace, open year-round.
Pie Pre-Orders for Thanksgiving | Apple, pumpkin and pecan pies. Order by Nov 20, pick up Nov 26.
Food Truck Schedule | Find Smokestack BBQ at Union Park Tue-Thu and at the Saturday farmers' market.
Cooking Class Dinner | Learn to make fresh pasta, then eat what you make. Fridays at 7pm, $65.
@ vertical=food_beverage lang=en
Cold Brew Concentrate | Makes 16 cups. Just add water or oat milk. Subscribe and save 15%.
Meal Kits From $6.99 a Serving | Pick 3 recipes a week, skip any week. 30-minute dinners the whole family will eat.
~Dinner, Sorted | Recipes and pre-portioned ingredients delivered weekly. First box 60% off.
Sparkling Water, No Sugar | Real fruit essence, zero calories. 24-can variety pack $13.
Artisan Coffee Beans | Roasted to order in small batches. Ethiopian, Colombian and house espresso.
Grocery Delivery in 1 Hour | Fresh produce, pantry staples and household goods. Free delivery on your first 3 orders.
Olive Oil From One Farm | Cold-pressed, harvested in November, bottled unfiltered in Crete.
Protein Pancake Mix | 20g protein per serving, just add water. Buttermilk and chocolate chip flavors.
Snack Box for Offices | 40 healthy snacks delivered weekly. Customize for allergies.
Kombucha on Tap | Refill your growler at Bloom Kombucha, 6 rotating flavors. $8 refills.
Organic Baby Food | Cold-pressed purees with no added sugar. Delivered frozen.
Hot Sauce Sampler | Six small-batch sauces from mild to ghost pepper. Great gift for spice lovers.
Fresh Flowers & Groceries | Add a bouquet to any Harvest Market delivery for $12.
Loose-Leaf Tea Club | Three new teas each month from small gardens in Darjeeling, Yunnan and Uji.
Farm Box CSA | Weekly box of local vegetables from May to October. Pick up at 12 locations.
Keto-Friendly Bread | 3g net carbs per slice, baked fresh and shipped nationwide.
Frozen Dumplings | Pork and chive, chicken and cabbage, vegetable. Steam, boil or pan-fry in 8 minutes.
Sourdough Starter Kit | Everything to bake your first loaf, plus our 100-year-old starter.
Butcher Box Delivery | Grass-fed beef, heritage pork and free-range chicken. Curated or custom boxes.
Local Honey | Raw wildflower honey from hives in Sonoma County. 12oz jar $11.
Plant-Based Milk | Barista oat milk that foams like dairy. Ask for it at your café.
Spice Subscription | Fresh-ground spices and a recipe card every month. First box free, pay shipping.
Electrolyte Drink Mix | Sugar-free lemon-lime, 1,000mg sodium per stick. For long runs and hot days.
Chocolate Bars, Bean to Bar | Single-origin dark chocolate from Madagascar and Ecuador. 70% and 85%.
Ice Cream Pints Delivered | Small-batch flavors from Scoop Lab. Order 4 pints, get free shipping.
Seafood Shipped Overnight | Wild Alaskan salmon and halibut, flash-frozen at sea.
Lunchbox Snacks | Nut-free bars and crackers approved for school lunches.
Coffee Grinder Sale | Burr grinder with 40 settings, now $89. From espresso to French press.
"""
