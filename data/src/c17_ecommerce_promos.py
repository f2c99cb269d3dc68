# Compliant: e-commerce promotions with prices, codes, seasonal events,
# marketplace listings, subscription boxes, gift guides.
DATA = r"""
@ vertical=retail lang=en
Gift Guide: Under $25 | 60 thoughtful gifts for coworkers, teachers and neighbors.
Use Code SPRING20 | 20% off your first order at Petal & Pine. Expires April 30.
Mother's Day Brunch Kit | Pancake mix, maple syrup and a linen apron. $39.
Holiday Gift Wrapping Free | Complimentary gift wrap on all orders through December 23.
Cyber Week Deals | Up to 60% off kitchen appliances, 7 days only.
Back-to-School Supplies | Backpacks, notebooks and calculators. Tax-free weekend Aug 9-11.
Father's Day Grilling Set | Stainless tongs, spatula and thermometer in a wooden case. $49.
Graduation Gifts | Personalized frames, watches and leather portfolios.
Valentine's Day Chocolates | Hand-painted bonbons, box of 16. Order by Feb 10.
Halloween Costumes for Kids | Dinosaurs, astronauts and superheroes from $19.
Thanksgiving Tableware | Platters, gravy boats and linen napkins 25% off.
Easter Baskets | Pre-filled baskets with toys and treats. Ships in 2 days.
Lunar New Year Gift Boxes | Pineapple cakes, tea and red envelopes.
Diwali Sweets Box | Assorted mithai, 1 kg box, shipped fresh.
Ramadan Dates Gift Tin | Premium Medjool dates in a brass tin.
Hanukkah Candles | Hand-dipped beeswax menorah candles, set of 44.
Christmas Tree Delivery | Fresh Fraser firs delivered and set up. 6-9 ft.
New Year Planner | 2026 weekly planner with goal pages. $22.
Earth Day Bundle | Reusable bags, bottles and bamboo utensils. $30.
Pride Month Pins | Enamel pins designed by queer artists. Proceeds to local youth center.
Teacher Appreciation Week | 15% off for teachers all week. Verify at checkout.
Small Business Saturday | Shop local on Nov 30. Map of 200 participating shops.
Prime Day Alternative | Our summer sale runs all week. Free shipping, no membership.
Singles Day 11.11 | Massive discounts on electronics and fashion for 24 hours.
Boxing Day Sale | Up to 70% off, in stores from 8am December 26.
Black Friday Doorbusters | 65" TV $399, air fryer $39. While supplies last.
End of Financial Year Sale | Office furniture and laptops discounted for businesses. Ends 30 June.
Summer Reading Challenge | Kids read 10 books, get a free book from our store.
Refurbished Deals Weekly | Certified refurbished vacuums and blenders with full warranty.
Bundle & Save | Buy any 3 candles, get the 4th free.
Price Drop: Stand Mixer $249 | Our bestselling stand mixer in 12 colors.
Spend $100, Get $20 | Rewards members earn a $20 voucher on purchases over $100.
Free Gift With Purchase | Free travel-size moisturizer on orders over $50.
Subscribe & Save 15% | Auto-deliver pantry staples and never run out.
Outlet Deals | Last season's styles up to 70% off in our online outlet.
Loyalty Points Double | Earn 2x points on everything this weekend.
New Customer Offer | $10 off your first grocery order over $50.
Clearance Aisle Online | Everything under $10, shipping included.
Gift Cards Delivered by Email | Instant e-gift cards from $10 to $500.
Try Before You Buy | Home try-on for glasses, shoes and jeans.
Buy Online, Pick Up in 2 Hours | Free curbside pickup at 400 stores.
Pre-Order the Limited Edition | Only 500 numbered units. Ships in October.
Restocked: The Linen Duvet | Our most-waitlisted item is back in 6 colors.
Members-Only Sale | Log in to see prices 30% lower than our regular site.
Same-Day Delivery in NYC | Order by 2pm, get it by 9pm.
@ vertical=subscription_boxes lang=en
Snack Box From Japan | 20 Japanese snacks and a tea each month. $35.
Book Box for Mystery Fans | Two new hardcover mysteries and a treat each month.
Sock of the Month | Fun socks for him, her or kids. Gift 3, 6 or 12 months.
Plant of the Month | A new houseplant and pot delivered monthly.
Coffee Sampler Subscription | Four roasters, four bags, every month.
Kids' Science Box | Monthly experiments for ages 6-12. Cancel anytime.
Razor Subscription | Five-blade razor and 4 cartridges for $9, refills every 2 months.
Art Supplies Box | Professional-grade supplies and a video lesson each month.
Dog Treat Box | Healthy treats and a toy every month for your pup.
Hot Sauce of the Month | Three small-batch hot sauces delivered monthly.
@ vertical=marketplace lang=en
Sell Your Stuff Locally | List in 30 seconds, chat with buyers nearby. Free.
Used Furniture Marketplace | Sofas, desks and dressers from neighbors. Pickup or delivery.
Handmade Marketplace | Ceramics, jewelry and prints from 10,000 independent makers.
Sell Your Textbooks | Get cash for your textbooks. Free shipping label.
Secondhand Designer Clothing | Authenticated pre-loved designer pieces.
Vintage Furniture Finds | Mid-century pieces sourced from estate sales.
Rent Tools From Neighbors | Borrow a drill or pressure washer for a few dollars.
Trade In Your Camera Gear | Get an instant quote for lenses and bodies.
@ vertical=home_garden lang=en
Air Fryer, 6 Quart | Crispy fries with 80% less oil. $79 this week.
Cast Iron Skillet | Pre-seasoned 12" skillet that lasts generations. $34.
Dutch Oven Sale | Enameled cast iron Dutch ovens 35% off in 8 colors.
Robot Lawn Mower | Mows while you relax. Boundary wire included.
Bedding Bundle | Sheets, duvet cover and pillowcases in percale or sateen.
Weighted Blanket | 15 lb weighted blanket for deeper sleep. Cooling cover.
Knife-Free Vegetable Spiralizer | Make zucchini noodles in seconds.
Storage Bins | Stackable clear bins for closets and garages. Set of 6.
Bathroom Towels | Turkish cotton towels that get softer every wash.
Espresso Machine | Built-in grinder and milk frother. $499.
Smart Light Bulbs | Color bulbs that work with voice assistants. 4-pack $29.
Rug Pads | Non-slip rug pads cut to size.
Kitchen Scale | Digital scale for baking, grams and ounces.
Dish Rack | Stainless dish rack with utensil holder.
Ceiling Fans | Quiet DC-motor fans with remote. Installation available.
"""
